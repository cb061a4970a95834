/**
 * 知识竞赛: grading rules shared by the page (rendering the answer key) and the quiz island
 * (grading in the browser). Pure functions on plain data; no DOM, no Astro.
 *
 * A question's `answer` is the text of the right option, or a list of texts for a multiple-choice
 * (多选) question. A list always means 多选 — even a list of one — so authors choose the input type
 * by the form they write, and a 多选 question is only right when exactly the right options are chosen.
 * Answers are handled as option indexes (0-based) once the page is built.
 */

export interface QuizQuestionLike {
  q: string;
  options: readonly string[];
  answer: string | readonly string[];
  explain?: string | undefined;
}

export type QuestionKind = 'single' | 'multiple';

export const KIND_LABELS: Record<QuestionKind, string> = { single: '单选', multiple: '多选' };

export function questionKind(question: Pick<QuizQuestionLike, 'answer'>): QuestionKind {
  return Array.isArray(question.answer) ? 'multiple' : 'single';
}

/** Indexes of the right options, ascending. Answers not among the options (the schema refuses them) are skipped. */
export function correctIndexes(question: Pick<QuizQuestionLike, 'options' | 'answer'>): number[] {
  const answers: readonly string[] = Array.isArray(question.answer) ? question.answer : [question.answer as string];
  return question.options.flatMap((option, index) => (answers.includes(option) ? [index] : []));
}

/** A, B, C … Z, then AA, AB … for the (unlikely) long lists. */
export function optionLetter(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < letters.length
    ? letters.charAt(index)
    : optionLetter(Math.floor(index / letters.length) - 1) + letters.charAt(index % letters.length);
}

/**
 * The question as shown: a trailing （多选）/（单选） written by the author is dropped, since the page
 * labels every question with its kind anyway.
 */
export function questionText(question: Pick<QuizQuestionLike, 'q'>): string {
  return question.q.replace(/\s*[（(]\s*[单多]选(题)?\s*[）)]\s*$/u, '').trim() || question.q;
}

/** "A. 8月1日；C. 9月3日" — the right options with their letters. */
export function answerSummary(question: Pick<QuizQuestionLike, 'options' | 'answer'>): string {
  return correctIndexes(question)
    .map((index) => `${optionLetter(index)}. ${question.options[index]}`)
    .join('；');
}

/** "A" or "ACD": the compact answer key for paper. */
export function answerLetters(question: Pick<QuizQuestionLike, 'options' | 'answer'>): string {
  return correctIndexes(question).map(optionLetter).join('');
}

export interface QuestionResult {
  /** Something was chosen. */
  answered: boolean;
  /** Exactly the right options were chosen. */
  correct: boolean;
  /** Indexes of the right options. */
  expected: number[];
  /** Chosen options that are wrong. */
  wrong: number[];
  /** Right options that were not chosen. */
  missed: number[];
}

/**
 * Grades one question against the chosen option indexes (order and duplicates do not matter;
 * indexes outside the options are ignored). For a single-choice question only one choice can be right.
 */
export function gradeQuestion(expected: readonly number[], chosen: readonly number[], optionCount: number): QuestionResult {
  const picked = [...new Set(chosen)].filter((index) => Number.isInteger(index) && index >= 0 && index < optionCount).sort((a, b) => a - b);
  const right = [...new Set(expected)].sort((a, b) => a - b);
  const wrong = picked.filter((index) => !right.includes(index));
  const missed = right.filter((index) => !picked.includes(index));
  return {
    answered: picked.length > 0,
    correct: picked.length > 0 && wrong.length === 0 && missed.length === 0,
    expected: right,
    wrong,
    missed,
  };
}

/** Grades a question written in content terms (option texts), e.g. for tests and the build. */
export function gradeAnswer(question: QuizQuestionLike, chosenTexts: readonly string[]): QuestionResult {
  const chosen = chosenTexts.map((text) => question.options.indexOf(text)).filter((index) => index >= 0);
  return gradeQuestion(correctIndexes(question), chosen, question.options.length);
}

export interface QuizScore {
  total: number;
  /** Questions graded so far (submitted one at a time, or all at once). */
  graded: number;
  correct: number;
  /** Graded questions that were answered wrongly. */
  wrong: number;
  /** Graded questions submitted with nothing chosen. */
  unanswered: number;
  /** Every question has been graded. */
  complete: boolean;
}

/** Sums the results; `undefined` stands for a question not yet graded. */
export function scoreQuiz(results: readonly (QuestionResult | undefined)[]): QuizScore {
  const graded = results.filter((result): result is QuestionResult => result !== undefined);
  const correct = graded.filter((result) => result.correct).length;
  const unanswered = graded.filter((result) => !result.answered).length;
  return {
    total: results.length,
    graded: graded.length,
    correct,
    wrong: graded.length - correct - unanswered,
    unanswered,
    complete: results.length > 0 && graded.length === results.length,
  };
}

/** "得分 8/10" */
export function formatScore(score: Pick<QuizScore, 'correct' | 'total'>): string {
  return `得分 ${score.correct}/${score.total}`;
}

/** One sentence under the score: what has been done and what is left. */
export function describeScore(score: QuizScore): string {
  const parts = [`答对 ${score.correct} 题`];
  if (score.wrong > 0) parts.push(`答错 ${score.wrong} 题`);
  if (score.unanswered > 0) parts.push(`未作答 ${score.unanswered} 题`);
  const done = parts.join('，');
  if (score.complete) return `全部 ${score.total} 题已提交：${done}。`;
  return `已提交 ${score.graded} 题（共 ${score.total} 题）：${done}；还有 ${score.total - score.graded} 题未提交。`;
}

/** Counts of single- and multiple-choice questions, for the line above a quiz. */
export function quizComposition(questions: readonly Pick<QuizQuestionLike, 'answer'>[]): string {
  const multiple = questions.filter((question) => questionKind(question) === 'multiple').length;
  const single = questions.length - multiple;
  const parts = [single > 0 ? `单选题 ${single} 道` : '', multiple > 0 ? `多选题 ${multiple} 道` : ''].filter(Boolean);
  return `共 ${questions.length} 题（${parts.join('，')}）`;
}

/** "A、C" */
function letters(indexes: readonly number[]): string {
  return indexes.map(optionLetter).join('、');
}

/**
 * The verdict under a graded question. A 多选 answered partly right says what was right, what was
 * missed and what was wrong, not just 你选了 A.
 */
export function verdictText(number: number, result: QuestionResult, kind: QuestionKind): string {
  if (result.correct) return `✓ 第${number}题回答正确。`;
  if (!result.answered) return `✗ 第${number}题未作答，正确答案是 ${letters(result.expected)}。`;
  if (kind === 'single') return `✗ 第${number}题回答错误：你选了 ${letters(result.wrong)}，正确答案是 ${letters(result.expected)}。`;
  const right = result.expected.filter((index) => !result.missed.includes(index));
  const parts = [
    right.length > 0 ? `选对了 ${letters(right)}` : '',
    result.missed.length > 0 ? `漏选了 ${letters(result.missed)}` : '',
    result.wrong.length > 0 ? `多选了 ${letters(result.wrong)}` : '',
  ].filter(Boolean);
  const head = right.length > 0 ? '只答对了一部分' : '回答错误';
  return `✗ 第${number}题${head}：${parts.join('，')}。正确答案是 ${letters(result.expected)}，选全选对才得分。`;
}

/** What 全部提交 asks first when some questions have no answer yet (their numbers, 1-based). */
export function unansweredPrompt(numbers: readonly number[]): string {
  const list = numbers.length > 5 ? `第${numbers.slice(0, 5).join('、')}题等` : `第${numbers.join('、')}题`;
  return `还有 ${numbers.length} 题没有作答（${list}），未作答的题不得分。要现在全部提交吗？`;
}
