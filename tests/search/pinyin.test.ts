import { describe, expect, it } from 'vitest';
import {
  addSoundShard,
  charReadings,
  charShard,
  fuzzySyllable,
  keyShard,
  shardSounds,
  SOUND_SHARDS,
  soundAlikes,
  soundIndex,
  wordKeys,
  type SoundIndex,
} from '../../src/search/pinyin.ts';
import { buildPinyinTable, commonCharacters } from '../../src/search/lexicon-build.ts';

describe('pinyin typo tolerance', () => {
  it('treats syllables residents confuse as one (jin/jing, zh/z, n/l, an/ang)', () => {
    expect(fuzzySyllable('jing')).toBe(fuzzySyllable('jin'));
    expect(fuzzySyllable('ling')).toBe(fuzzySyllable('lin'));
    expect(fuzzySyllable('zhang')).toBe(fuzzySyllable('zan'));
    expect(fuzzySyllable('nan')).toBe(fuzzySyllable('lan'));
    expect(fuzzySyllable('shi')).not.toBe(fuzzySyllable('xi'));
  });

  it('built from the site’s words with pinyin-pro, finds 优待金 for 优待经, 陵园 for 林园, 优待金 for 优代金', () => {
    const words = ['优待金', '陵园', '安置补助', '国防教育馆'];
    const index = soundIndex(buildPinyinTable(words), words);
    expect(soundAlikes('优待经', index)).toEqual(['优待金']);
    expect(soundAlikes('林园', index)).toEqual(['陵园']);
    expect(soundAlikes('优代金', index)).toEqual(['优待金']);
    expect(soundAlikes('国防教育管', index)).toEqual(['国防教育馆']);
    expect(soundAlikes('火星', index)).toEqual([]);
  });

  it('knows every reading of a 多音字 and the 3,755 common characters', () => {
    expect([...commonCharacters()].length).toBe(3755);
    const table = buildPinyinTable(['银行']);
    const readings = charReadings(table);
    expect(readings.get('行')).toEqual(expect.arrayContaining(['xin', 'han']));
    expect(wordKeys('银行', readings)).toContain('yin han');
  });

  it('in shards: the shards of a word’s characters and of the keys they make find what the whole index finds', () => {
    const words = ['优待金', '陵园', '安置补助', '国防教育馆', '烈士陵园', '随军家属'];
    const whole = soundIndex(buildPinyinTable(words), words);
    const { readings, words: byKey } = shardSounds(whole);
    expect(readings).toHaveLength(SOUND_SHARDS);
    expect(byKey).toHaveLength(SOUND_SHARDS);
    for (const typo of ['优待经', '林园', '优代金', '国防教育管', '随君家属', '火星']) {
      const partial: SoundIndex = { readings: new Map(), words: new Map() };
      for (const char of typo) addSoundShard(partial, readings[charShard(char)] ?? {});
      for (const key of wordKeys(typo, partial.readings)) addSoundShard(partial, byKey[keyShard(key)] ?? {});
      expect(soundAlikes(typo, partial), typo).toEqual(soundAlikes(typo, whole));
    }
    // A shard holds a small part of the whole.
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(Math.max(...readings.map(size))).toBeLessThan(size(readings) / 16);
  });
});
