// 朗读: reads the current question (or the result summary) aloud with the browser's own voices.
// Shown only when the device has a voice for the page's language; nothing is sent anywhere.
// The island mounts it once per step (key), so moving on stops reading the previous question.
import { useEffect, useState } from 'preact/hooks';
import type { T } from '../../i18n/runtime.ts';

const speechLang = (locale: string) => (locale === 'en' ? 'en-US' : 'zh-CN');

function voiceFor(locale: string): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  const want = speechLang(locale).toLowerCase();
  const prefix = want.slice(0, 2);
  const voices = speechSynthesis.getVoices().filter((v) => v.lang.replace('_', '-').toLowerCase().startsWith(prefix));
  return voices.find((v) => v.lang.replace('_', '-').toLowerCase() === want) ?? voices[0] ?? null;
}

export function ReadAloud({ t, locale, text }: { t: T; locale: string; text: () => string }) {
  const [available, setAvailable] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const check = () => setAvailable(voiceFor(locale) !== null);
    check();
    speechSynthesis.addEventListener('voiceschanged', check);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', check);
      speechSynthesis.cancel();
    };
  }, [locale]);
  if (!available) return null;

  function toggle() {
    if (speaking) {
      speechSynthesis.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text());
    utterance.lang = speechLang(locale);
    const voice = voiceFor(locale);
    if (voice) utterance.voice = voice;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
    setSpeaking(true);
  }

  return (
    <button type="button" class="button tool" onClick={toggle}>
      {t(speaking ? 'common:readAloud.stop' : 'common:readAloud')}
    </button>
  );
}
