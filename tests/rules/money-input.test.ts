// What a resident may type into a money or number field (src/components/check/money-input.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { greaterThanMoney, parseArea, parseCount, parseMoney, toHalfWidth } from '../../src/components/check/money-input.ts';
import { isMoney } from '../../src/rules/money.ts';

const ok = (input: string, value: string) => assert.deepEqual(parseMoney(input), { ok: true, value }, input);
const bad = (input: string, error: string) => assert.deepEqual(parseMoney(input), { ok: false, error }, input);

test('plain, grouped, decimal, full-width and 元 amounts are read', () => {
  ok('3000', '3000');
  ok('3,000', '3000');
  ok('12,345,678.5', '12345678.5');
  ok('3000.5', '3000.5');
  ok('3000.50', '3000.5');
  ok('３０００', '3000');
  ok('３，０００．５', '3000.5');
  ok('3000元', '3000');
  ok('3000 元', '3000');
  ok('３０００元整', '3000');
  ok('¥3000', '3000');
  ok('￥3,000.05', '3000.05');
  ok('  3000  ', '3000');
  ok('0', '0');
  ok('0.5', '0.5');
  ok('.5', '0.5');
  ok('007', '7');
  ok('3000.', '3000');
});

test('万 multiplies by ten thousand without floating-point error', () => {
  ok('3万', '30000');
  ok('1.5万', '15000');
  ok('1.2345万', '12345');
  ok('0.000001万', '0.01');
  bad('0.0000001万', 'tooManyDecimals');
});

test('every amount read is a valid contract amount', () => {
  for (const input of ['3000', '3,000', '3000.5', '３０００', '3000元', '1.5万', '100000000', '0.01']) {
    const read = parseMoney(input);
    assert.ok(read.ok, input);
    assert.ok(isMoney(read.value), `${input} → ${read.value}`);
  }
});

test('what cannot be read is refused with the reason', () => {
  bad('', 'empty');
  bad('   ', 'empty');
  bad('abc', 'invalid');
  bad('三千', 'invalid');
  bad('3000美元', 'invalid');
  bad('30,00', 'invalid');
  bad('3,0000', 'invalid');
  bad('1.2.3', 'invalid');
  bad('.', 'invalid');
  bad('3e3', 'invalid');
  bad('-5', 'negative');
  bad('－５', 'negative');
  bad('3000.555', 'tooManyDecimals');
  bad('100000000.01', 'tooBig');
  bad('1000000000', 'tooBig');
  bad('2万万', 'invalid');
});

test('the limit itself is allowed', () => {
  ok('100000000', '100000000');
  ok('10000万', '100000000');
});

test('counts accept a unit and full-width digits, and check the range', () => {
  assert.deepEqual(parseCount('67', 0, 130), { ok: true, value: 67 });
  assert.deepEqual(parseCount('６７岁', 0, 130), { ok: true, value: 67 });
  assert.deepEqual(parseCount('2套', 0, 20), { ok: true, value: 2 });
  assert.deepEqual(parseCount('', 0, 130), { ok: false, error: 'empty' });
  assert.deepEqual(parseCount('6.5', 0, 130), { ok: false, error: 'invalid' });
  assert.deepEqual(parseCount('-1', 0, 130), { ok: false, error: 'invalid' });
  assert.deepEqual(parseCount('131', 0, 130), { ok: false, error: 'range' });
  assert.deepEqual(parseCount('21', 0, 20), { ok: false, error: 'range' });
});

test('areas accept square metres written in several ways', () => {
  assert.deepEqual(parseArea('85', 10000), { ok: true, value: 85 });
  assert.deepEqual(parseArea('85.5平方米', 10000), { ok: true, value: 85.5 });
  assert.deepEqual(parseArea('９６．５㎡', 10000), { ok: true, value: 96.5 });
  assert.deepEqual(parseArea('很大', 10000), { ok: false, error: 'invalid' });
  assert.deepEqual(parseArea('10001', 10000), { ok: false, error: 'range' });
});

test('full-width conversion and comparison', () => {
  assert.equal(toHalfWidth('１２３，４５６．７８'), '123,456.78');
  assert.equal(toHalfWidth('１ ２\u3000３'), '123');
  assert.equal(greaterThanMoney('100.5', '100.49'), true);
  assert.equal(greaterThanMoney('99', '100'), false);
  assert.equal(greaterThanMoney('100', '100.00'), false);
  assert.equal(greaterThanMoney('1000', '999.99'), true);
});
