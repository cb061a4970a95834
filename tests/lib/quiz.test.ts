import { describe, expect, it } from 'vitest';
import {
  answerLetters,
  answerSummary,
  correctIndexes,
  describeScore,
  formatScore,
  gradeAnswer,
  gradeQuestion,
  optionLetter,
  questionKind,
  questionText,
  quizComposition,
  scoreQuiz,
  type QuizQuestionLike,
} from '../../src/lib/quiz.ts';

const single: QuizQuestionLike = {
  q: '建军节是哪一天？',
  options: ['7月1日', '8月1日', '10月1日'],
  answer: '8月1日',
  explain: '1927年8月1日南昌起义。',
};
const multiple: QuizQuestionLike = {
  q: '下列哪些属于公民的国防义务？（多选）',
  options: ['依法服兵役', '接受国防教育', '在军事禁区拍照', '保守国防秘密'],
  answer: ['保守国防秘密', '依法服兵役', '接受国防教育'],
};

describe('question kind', () => {
  it('a text answer is single choice, a list is multiple choice — even a list of one', () => {
    expect(questionKind(single)).toBe('single');
    expect(questionKind(multiple)).toBe('multiple');
    expect(questionKind({ answer: ['乙'] })).toBe('multiple');
  });

  it('right options are found by their exact text, in option order', () => {
    expect(correctIndexes(single)).toEqual([1]);
    expect(correctIndexes(multiple)).toEqual([0, 1, 3]);
    expect(correctIndexes({ options: ['甲', '乙'], answer: '丙' })).toEqual([]);
  });

  it('letters and answer keys', () => {
    expect([0, 1, 25, 26, 27].map(optionLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
    expect(answerSummary(single)).toBe('B. 8月1日');
    expect(answerSummary(multiple)).toBe('A. 依法服兵役；B. 接受国防教育；D. 保守国防秘密');
    expect(answerLetters(multiple)).toBe('ABD');
  });

  it('drops a trailing （多选） the author wrote, since the page labels the kind', () => {
    expect(questionText(multiple)).toBe('下列哪些属于公民的国防义务？');
    expect(questionText({ q: '哪些对？(多选题)' })).toBe('哪些对？');
    expect(questionText({ q: '八一军旗上有哪些标志？（单选）' })).toBe('八一军旗上有哪些标志？');
    expect(questionText({ q: '（多选）在开头的不动' })).toBe('（多选）在开头的不动');
    expect(questionText(single)).toBe(single.q);
  });
});

describe('grading one question', () => {
  it('single choice: the right option is right, any other is wrong, nothing chosen is unanswered', () => {
    expect(gradeAnswer(single, ['8月1日'])).toMatchObject({ answered: true, correct: true, wrong: [], missed: [] });
    expect(gradeAnswer(single, ['7月1日'])).toMatchObject({ answered: true, correct: false, wrong: [0], missed: [1], expected: [1] });
    expect(gradeAnswer(single, [])).toMatchObject({ answered: false, correct: false, missed: [1] });
  });

  it('multiple choice: only exactly the right set scores; missing one or adding a wrong one does not', () => {
    expect(gradeAnswer(multiple, ['依法服兵役', '接受国防教育', '保守国防秘密']).correct).toBe(true);
    const partial = gradeAnswer(multiple, ['依法服兵役', '接受国防教育']);
    expect(partial).toMatchObject({ correct: false, wrong: [], missed: [3] });
    const extra = gradeAnswer(multiple, ['依法服兵役', '接受国防教育', '保守国防秘密', '在军事禁区拍照']);
    expect(extra).toMatchObject({ correct: false, wrong: [2], missed: [] });
  });

  it('order and duplicates of the chosen indexes do not matter; out-of-range indexes are ignored', () => {
    expect(gradeQuestion([0, 1, 3], [3, 1, 0, 1], 4).correct).toBe(true);
    expect(gradeQuestion([1], [1, 9, -1, 1.5], 3)).toMatchObject({ correct: true, wrong: [] });
    expect(gradeQuestion([1], [9], 3)).toMatchObject({ answered: false, correct: false });
  });

  it('options with quotes and markup are compared as plain text', () => {
    const tricky: QuizQuestionLike = { q: '哪个？', options: ['他说："保卫祖国"', "<b>x</b> & 'y'"], answer: "<b>x</b> & 'y'" };
    expect(gradeAnswer(tricky, ["<b>x</b> & 'y'"]).correct).toBe(true);
    expect(gradeAnswer(tricky, ['他说："保卫祖国"']).correct).toBe(false);
  });
});

describe('score', () => {
  const right = gradeQuestion([1], [1], 3);
  const wrong = gradeQuestion([1], [0], 3);
  const blank = gradeQuestion([1], [], 3);

  it('counts right, wrong and unanswered among the graded questions', () => {
    const score = scoreQuiz([right, wrong, blank, right, undefined]);
    expect(score).toEqual({ total: 5, graded: 4, correct: 2, wrong: 1, unanswered: 1, complete: false });
    expect(formatScore(score)).toBe('得分 2/5');
    expect(describeScore(score)).toBe('已提交 4 题（共 5 题）：答对 2 题，答错 1 题，未作答 1 题；还有 1 题未提交。');
  });

  it('is complete once every question is graded', () => {
    const results = Array.from({ length: 10 }, (_, index) => (index < 8 ? right : wrong));
    const score = scoreQuiz(results);
    expect(score.complete).toBe(true);
    expect(formatScore(score)).toBe('得分 8/10');
    expect(describeScore(score)).toBe('全部 10 题已提交：答对 8 题，答错 2 题。');
  });

  it('nothing graded yet, and an empty quiz', () => {
    expect(scoreQuiz([undefined, undefined])).toMatchObject({ graded: 0, correct: 0, complete: false });
    expect(scoreQuiz([])).toMatchObject({ total: 0, complete: false });
  });

  it('describes a quiz by its kinds of question', () => {
    expect(quizComposition([single, multiple, single])).toBe('共 3 题（单选题 2 道，多选题 1 道）');
    expect(quizComposition([single])).toBe('共 1 题（单选题 1 道）');
  });
});

describe('verdictText and unansweredPrompt', () => {
  it('says what a partly right 多选 got right, missed and got wrong', async () => {
    const { verdictText, gradeQuestion } = await import('../../src/lib/quiz.ts');
    expect(verdictText(2, gradeQuestion([0, 1, 3], [0], 4), 'multiple')).toBe(
      '✗ 第2题只答对了一部分：选对了 A，漏选了 B、D。正确答案是 A、B、D，选全选对才得分。',
    );
    expect(verdictText(2, gradeQuestion([0, 1], [0, 2], 3), 'multiple')).toBe(
      '✗ 第2题只答对了一部分：选对了 A，漏选了 B，多选了 C。正确答案是 A、B，选全选对才得分。',
    );
    expect(verdictText(2, gradeQuestion([0, 1], [2], 3), 'multiple')).toBe(
      '✗ 第2题回答错误：漏选了 A、B，多选了 C。正确答案是 A、B，选全选对才得分。',
    );
    expect(verdictText(1, gradeQuestion([1], [0], 3), 'single')).toBe('✗ 第1题回答错误：你选了 A，正确答案是 B。');
    expect(verdictText(1, gradeQuestion([1], [1], 3), 'single')).toBe('✓ 第1题回答正确。');
    expect(verdictText(4, gradeQuestion([1], [], 3), 'single')).toBe('✗ 第4题未作答，正确答案是 B。');
  });

  it('asks before grading blank questions', async () => {
    const { unansweredPrompt } = await import('../../src/lib/quiz.ts');
    expect(unansweredPrompt([3, 5])).toBe('还有 2 题没有作答（第3、5题），未作答的题不得分。要现在全部提交吗？');
    expect(unansweredPrompt([1, 2, 3, 4, 5, 6, 7])).toBe('还有 7 题没有作答（第1、2、3、4、5题等），未作答的题不得分。要现在全部提交吗？');
  });
});
