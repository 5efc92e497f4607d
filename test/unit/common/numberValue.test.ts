import assert from 'node:assert/strict';
import { formatNumberValue, formatValueOfKind } from '../../../src/common/numberValue';

describe('how a number value is written for a reader', () => {
  it('writes whole numbers with separators and others with six decimals at most', () => {
    assert.deepEqual([20000, 2657.38, 1 / 3, -5, 0.00125].map(formatNumberValue), ['20,000', '2657.38', '0.333333', '-5', '0.00125']);
  });
  it('adds the percentage to a share and to no other kind', () => {
    assert.equal(formatValueOfKind(1 / 3, 'fraction'), '0.333333 (33.3%)');
    assert.equal(formatValueOfKind(0.25, 'fraction'), '0.25 (25%)');
    assert.equal(formatValueOfKind(0.25, 'cardinal'), '0.25');
  });
});
