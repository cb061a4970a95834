/** Building blocks every collection's schema shares: ids, text, dates, photos and the common fields. */
import { z } from 'astro/zod';
import { documented } from '../fields.ts';
import { calendarDate, id, nonEmpty } from './primitives.ts';
import { reviewFields } from './publishing.ts';

export { calendarDate, id, nonEmpty, onlyIfWellFormed, stringList, year } from './primitives.ts';

/** Astro passes `image()` to schema functions; the Node check passes a plain string schema. */
export type ImageSchema<I extends z.ZodType = z.ZodType> = () => I;

const PHOTO_FILE_HINT = '写和本文件同一文件夹里的图片文件名，前面加 ./';

/** Fields every content collection shares. */
export function commonFields<I extends z.ZodType>(image: ImageSchema<I>) {
  return {
    title: documented(nonEmpty, { label: '标题', hint: '写一句完整的标题，不要留空', example: '县双拥办开展“八一”走访慰问活动' }),
    summary: documented(nonEmpty.max(200), {
      label: '摘要',
      hint: '用一两句话（200 字以内）概括内容，会显示在列表和分享卡片上',
      example: '8月1日，县双拥办走访慰问驻县部队官兵。',
    }),
    date: documented(calendarDate, { label: '日期', hint: '按“年-月-日”写；报道写活动日期', example: '2026-08-01' }),
    published: documented(calendarDate.optional(), {
      label: '发布时间',
      hint: '按“年-月-日”写这篇内容在本站发布的日期；不能晚于今天',
      example: '2026-08-02',
    }),
    updated: documented(calendarDate.optional(), {
      label: '更新日期',
      hint: '按“年-月-日”写；没有更新可以删掉这一行',
      example: '2026-08-05',
    }),
    unit: documented(id, { label: '发布单位', hint: '写 content/units.yaml 里某个单位的 id', example: 'xian-shuangyongban' }),
    // YAML reads `2026` as a number; a tag is always text.
    tags: documented(z.array(z.coerce.string().trim().min(1)).default([]), {
      label: '标签',
      hint: '用方括号列出几个关键词',
      example: '[八一, 慰问]',
      counter: '个',
    }),
    draft: documented(z.boolean().default(false), {
      label: '草稿',
      hint: '写 true 表示草稿（不会发布），写 false 表示可以发布',
      example: 'false',
    }),
    author: documented(nonEmpty.optional(), { label: '作者', hint: '写撰稿人姓名', example: '李文' }),
    reviewer: documented(nonEmpty.optional(), {
      label: '审核人',
      hint: '写审核人姓名；site.yaml 设置 requireReview: true 时必须填写',
      example: '王强',
    }),
    cover: documented(image().optional(), { label: '封面图', hint: PHOTO_FILE_HINT, example: './cover.jpg' }),
    coverAlt: documented(nonEmpty.optional(), {
      label: '封面图说明',
      hint: '用一句话描述图片内容，供读屏软件朗读',
      example: '县领导与官兵座谈',
      requiredWhen: '写了 cover 就必填',
    }),
    ...reviewFields,
  };
}

/** A cover without its alt text is refused: every photo is described for screen readers. */
export function requireCoverAlt(data: { cover?: unknown; coverAlt?: string | undefined }, ctx: z.RefinementCtx) {
  if (data.cover !== undefined && !data.coverAlt) {
    ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: '设置了封面图 cover，就必须写封面图说明 coverAlt' });
  }
}

/** A photo of a gallery: the file, what it shows (read aloud to blind readers) and an optional caption. */
export function photo<I extends z.ZodType>(image: ImageSchema<I>) {
  return z.object({
    src: documented(image(), { label: '图片文件', hint: PHOTO_FILE_HINT, example: './photo-1.jpg' }),
    alt: documented(nonEmpty, {
      label: '图片说明',
      hint: '用一句话描述图片里有什么，供读屏软件朗读，不能空着',
      example: '志愿者为老兵测量血压',
    }),
    caption: documented(nonEmpty.optional(), { label: '图注', hint: '图片下方显示的说明文字' }),
  });
}

export function gallery<I extends z.ZodType>(image: ImageSchema<I>, hint = '每张写 src（文件名）和 alt（图片说明），可选 caption（图注）') {
  return documented(z.array(photo(image)).default([]), { label: '图片', hint, counter: '张' });
}

/** Unit ids a report or case names besides its publisher. */
export function unitList(label: string, hint: string, example: string, atLeastOne: boolean) {
  return documented(atLeastOne ? z.array(id).min(1) : z.array(id).default([]), { label, hint, example, counter: '个', itemName: '单位' });
}

/** The keys every collection shares, in the order the guide and the scaffold list them. */
export const COMMON_FIELD_KEYS: readonly string[] = Object.keys(commonFields(() => z.string()));
