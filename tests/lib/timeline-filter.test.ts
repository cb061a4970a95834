import { describe, expect, it } from 'vitest';
import { filterFromQuery, filterQuery, filterStatus, isFiltered, NO_FILTER, showsEvent } from '../../src/lib/timeline-filter.ts';

const honour = { kind: 'honour', units: 'wujing-zhongdui xian-tyjrswj' };
const report = { kind: 'report', units: 'xian-tyjrswj' };

describe('the 大事记 filter', () => {
  it('shows every event without a choice, and only matching ones with one', () => {
    expect(showsEvent(NO_FILTER, honour)).toBe(true);
    expect(showsEvent({ kind: 'honour', unit: '' }, honour)).toBe(true);
    expect(showsEvent({ kind: 'honour', unit: '' }, report)).toBe(false);
    expect(showsEvent({ kind: '', unit: 'wujing-zhongdui' }, honour)).toBe(true);
    expect(showsEvent({ kind: '', unit: 'wujing-zhongdui' }, report)).toBe(false);
    expect(showsEvent({ kind: 'report', unit: 'wujing-zhongdui' }, honour)).toBe(false);
  });

  it('matches a unit by its whole id, not a part of another', () => {
    expect(showsEvent({ kind: '', unit: 'wujing' }, honour)).toBe(false);
    expect(showsEvent({ kind: '', unit: 'xian-tyjrswj' }, honour)).toBe(true);
  });

  it('writes the choice into the address and reads it back, ignoring values the form does not offer', () => {
    expect(filterQuery(NO_FILTER)).toBe('');
    expect(filterQuery({ kind: 'honour', unit: '' })).toBe('kind=honour');
    expect(filterQuery({ kind: 'report', unit: 'wujing-zhongdui' })).toBe('kind=report&unit=wujing-zhongdui');
    const offered = (key: string, value: string) => (key === 'kind' ? ['report', 'plan', 'honour'] : ['wujing-zhongdui']).includes(value);
    expect(filterFromQuery('?kind=report&unit=wujing-zhongdui', offered)).toEqual({ kind: 'report', unit: 'wujing-zhongdui' });
    expect(filterFromQuery('?kind=nonsense&unit=wujing-zhongdui&page=2', offered)).toEqual({ kind: '', unit: 'wujing-zhongdui' });
    expect(filterFromQuery('', offered)).toEqual(NO_FILTER);
    const choice = { kind: 'plan', unit: 'wujing-zhongdui' };
    expect(filterFromQuery(`?${filterQuery(choice)}`, offered)).toEqual(choice);
  });

  it('counts what it shows only while a filter is on', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ kind: '', unit: 'wujing-zhongdui' })).toBe(true);
    expect(filterStatus({ kind: 'honour', unit: '' }, 7)).toBe('本页显示 7 条');
    expect(filterStatus(NO_FILTER, 120)).toBe('');
  });
});
