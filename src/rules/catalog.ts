// Ids of the household file (contract §2, §3) and what the rules need to know about them.
// Names are for search in the interface; display text otherwise lives in i18n.

/** 津民规〔2025〕7号 二(一)2: tier 1 deducts the most (amounts in params.ts). */
export const ILLNESSES = {
  uremia: { tier: 1, zh: '尿毒症' },
  'kidney-transplant': { tier: 1, zh: '肾移植' },
  leukemia: { tier: 1, zh: '白血病' },
  gaucher: { tier: 1, zh: '戈谢病' },
  'heart-transplant': { tier: 1, zh: '心脏移植' },
  'liver-transplant': { tier: 1, zh: '肝脏移植' },
  'lung-transplant': { tier: 1, zh: '肺移植' },
  'bone-marrow-transplant': { tier: 1, zh: '骨髓移植' },
  'malignant-tumor': { tier: 2, zh: '恶性肿瘤' },
  hemophilia: { tier: 2, zh: '血友病' },
  'aplastic-anemia': { tier: 2, zh: '再生障碍性贫血' },
  'mdr-tuberculosis': { tier: 2, zh: '耐多药肺结核' },
  hemiplegia: { tier: 2, zh: '偏瘫' },
  lupus: { tier: 2, zh: '红斑狼疮' },
  'heart-valve-replacement': { tier: 2, zh: '心脏换瓣' },
  'vascular-stent': { tier: 3, zh: '血管支架' },
  'vascular-bypass': { tier: 3, zh: '血管搭桥' },
  'nephrotic-syndrome': { tier: 3, zh: '肾病综合症' },
  cirrhosis: { tier: 3, zh: '肝硬化' },
  hyperthyroidism: { tier: 3, zh: '甲亢' },
  'type-1-diabetes': { tier: 3, zh: 'I型糖尿病' },
  aids: { tier: 3, zh: '艾滋病' },
  'cerebral-infarction': { tier: 3, zh: '脑梗死(脑梗塞)' },
  gist: { tier: 3, zh: '细胞间质瘤' },
  alzheimers: { tier: 3, zh: '阿尔茨海默病' },
  'myasthenia-gravis': { tier: 3, zh: '重症肌无力' },
  sclerosis: { tier: 3, zh: '硬化症' },
  epilepsy: { tier: 3, zh: '癫痫' },
  'cerebral-hemorrhage-sequelae': { tier: 3, zh: '脑出血后遗症' },
  'ankylosing-spondylitis': { tier: 3, zh: '强直性脊柱炎' },
} as const;

export type IllnessId = keyof typeof ILLNESSES;
export const ILLNESS_IDS = Object.keys(ILLNESSES) as [IllnessId, ...IllnessId[]];

export const DISABILITY_TYPES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental'] as const;
export type DisabilityType = (typeof DISABILITY_TYPES)[number];

export const STUDENT_LEVELS = [
  'preschool',
  'primary',
  'junior',
  'senior',
  'secondary-vocational',
  'higher-vocational',
  'undergraduate',
  'postgraduate',
] as const;
export type StudentLevel = (typeof STUDENT_LEVELS)[number];

/** 学龄前至全日制大学 (津民规〔2025〕7号 二(一)3–4): higher levels count only full-time. */
export const HIGHER_EDUCATION: readonly StudentLevel[] = ['higher-vocational', 'undergraduate'];

export const RELATIONS = ['applicant', 'spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export const COVERAGES = ['none', 'dibao', 'edge', 'tekun', 'rigid'] as const;
export const SINGLE_PARENT = ['none', 'widowed', 'other'] as const;
/** 法定赡养/抚养/扶养义务人; `unknown` is the answer 不确定 (contract v2 §2, §4.1) */
export const SUPPORTERS = ['none', 'unable', 'able', 'unknown'] as const;
export const RURAL_CARE = ['dispersed', 'central'] as const;
export const AREAS = ['urban', 'rural'] as const;
