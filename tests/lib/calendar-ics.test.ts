import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCalendarIcs, type CalendarInput } from '../../src/lib/calendar-ics.ts';

const input: CalendarInput = {
  name: '某县双拥宣传站·纪念日',
  baseUrl: 'https://shuangyong.example.gov.cn/',
  events: [
    {
      uid: 'yuandan-2027',
      date: '2027-01-01',
      title: '元旦',
    },
    {
      uid: 'bayi-2026',
      date: '2026-08-01',
      title: '八一建军节',
      description:
        '1927年8月1日南昌起义打响武装反抗国民党反动派的第一枪，这一天后来被定为中国人民解放军建军节。县领导走访慰问驻县部队，召开军地座谈会，慰问优抚对象和现役军人家庭。',
      url: '/calendar/#bayi',
    },
    { uid: 'gongji-2026', date: '2026-12-13', title: '国家公祭日', url: 'https://example.org/gongji' },
  ],
};

/** Undo RFC 5545 line folding (CRLF followed by one space or tab). */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('buildCalendarIcs', () => {
  const ics = buildCalendarIcs(input);
  const lines = unfold(ics);

  it('is one VCALENDAR with CRLF line endings', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => l === 'BEGIN:VCALENDAR')).toHaveLength(1);
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:-//shuangyong.example.gov.cn//'))).toBe(true);
  });

  it('has balanced BEGIN/END and one VEVENT per event', () => {
    const stack: string[] = [];
    for (const line of lines.filter(Boolean)) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      else if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
      else expect(stack.length).toBeGreaterThan(0);
    }
    expect(stack).toEqual([]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(3);
  });

  it('names the calendar and its time zone before the events', () => {
    const firstEvent = lines.indexOf('BEGIN:VEVENT');
    expect(lines.indexOf('X-WR-CALNAME:某县双拥宣传站·纪念日')).toBeGreaterThan(0);
    expect(lines.indexOf('X-WR-CALNAME:某县双拥宣传站·纪念日')).toBeLessThan(firstEvent);
    expect(lines.indexOf('X-WR-TIMEZONE:Asia/Shanghai')).toBeGreaterThan(0);
    expect(lines.indexOf('X-WR-TIMEZONE:Asia/Shanghai')).toBeLessThan(firstEvent);
  });

  it('writes all-day dates, stable UIDs and absolute URLs', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20260801');
    expect(lines).toContain('DTEND;VALUE=DATE:20260802');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270101');
    expect(lines).toContain('DTEND;VALUE=DATE:20270102');
    expect(lines).toContain('UID:bayi-2026@shuangyong.example.gov.cn');
    expect(lines).toContain('UID:yuandan-2027@shuangyong.example.gov.cn');
    expect(lines).toContain('SUMMARY:八一建军节');
    expect(lines).toContain('URL;VALUE=URI:https://shuangyong.example.gov.cn/calendar/#bayi');
    expect(lines).toContain('URL;VALUE=URI:https://example.org/gongji');
    expect(lines.some((l) => l.startsWith('DESCRIPTION:1927年8月1日南昌起义') && l.endsWith('现役军人家庭。'))).toBe(true);
  });

  it('orders events by date whatever the input order', () => {
    const uids = lines.filter((l) => l.startsWith('UID:')).map((l) => l.slice(4, l.indexOf('@')));
    expect(uids).toEqual(['bayi-2026', 'gongji-2026', 'yuandan-2027']);
    expect(buildCalendarIcs({ ...input, events: [...input.events].reverse() })).toBe(ics);
  });

  it('folds every line to at most 75 octets', () => {
    const physical = ics.split('\r\n');
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // The long Chinese description really was folded (and never inside a character).
    expect(physical.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
    expect(ics).not.toContain('\uFFFD');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is reproducible: same input, same bytes, no clock in DTSTAMP', () => {
    const first = buildCalendarIcs(input);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    expect(buildCalendarIcs(input)).toBe(first);
    expect(first).not.toContain('2031');
    // Default stamp: the event's own day at 00:00 China time.
    expect(lines).toContain('DTSTAMP:20260731T160000Z');
    const stamped = unfold(buildCalendarIcs({ ...input, stamp: '2026-05-20' }));
    expect(stamped.filter((l) => l.startsWith('DTSTAMP:'))).toEqual([
      'DTSTAMP:20260519T160000Z',
      'DTSTAMP:20260519T160000Z',
      'DTSTAMP:20260519T160000Z',
    ]);
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(new Date('2026-08-01T00:00:00Z').getTimezoneOffset()).toBe(420); // the switch took effect
      const west = buildCalendarIcs(input);
      process.env.TZ = 'Pacific/Kiritimati';
      expect(new Date('2026-08-01T00:00:00Z').getTimezoneOffset()).toBe(-840);
      const east = buildCalendarIcs(input);
      expect(west).toBe(ics);
      expect(east).toBe(ics);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('escapes TEXT values', () => {
    const out = unfold(
      buildCalendarIcs({
        name: '双拥, 纪念日; 日历',
        baseUrl: 'https://a.example/',
        events: [{ uid: 'x-2026', date: '2026-08-01', title: '慰问; 座谈, 联欢', description: '第一行\n第二行' }],
      }),
    );
    expect(out).toContain('X-WR-CALNAME:双拥\\, 纪念日\\; 日历');
    expect(out).toContain('SUMMARY:慰问\\; 座谈\\, 联欢');
    expect(out).toContain('DESCRIPTION:第一行\\n第二行');
  });

  it('refuses duplicate UIDs and bad dates with Chinese messages', () => {
    const dup = { ...input, events: [input.events[0]!, { ...input.events[0]!, date: '2027-01-02' }] };
    expect(() => buildCalendarIcs(dup)).toThrow(/uid 都是「yuandan-2027@shuangyong.example.gov.cn」/);
    expect(() => buildCalendarIcs({ ...input, events: [{ uid: 'a', date: '2026-02-30', title: 'x' }] })).toThrow(/不是有效日期/);
    expect(() => buildCalendarIcs({ ...input, events: [{ uid: 'a b', date: '2026-02-03', title: 'x' }] })).toThrow(/uid/);
  });

  it('produces an empty but valid calendar for no events', () => {
    const empty = buildCalendarIcs({ ...input, events: [] });
    expect(empty).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*X-WR-TIMEZONE:Asia\/Shanghai\r\nEND:VCALENDAR\r\n$/);
  });
});
