/**
 * The 知识竞赛 island: progressive enhancement of the server-rendered quiz in Quiz.astro.
 * It adds 提交本题 under each question, 全部提交 and 重新答题, and grades with src/lib/quiz.ts.
 * Nothing is stored (no storage, no cookies) and nothing is fetched, so a loaded page keeps
 * working offline. Text is only set with textContent, never parsed as HTML.
 */
import { describeScore, formatScore, gradeQuestion, scoreQuiz, unansweredPrompt, verdictText, type QuestionResult } from '../lib/quiz.ts';

interface Question {
  fieldset: HTMLFieldSetElement;
  inputs: HTMLInputElement[];
  expected: number[];
  number: number;
  /** 正确答案：… and 解析：… as written in the page's answer key. */
  key: string[];
  submit: HTMLButtonElement;
  /** Verdict, answer and explanation; a polite live region. */
  feedback: HTMLElement;
  result?: QuestionResult | undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function button(text: string, className = 'button'): HTMLButtonElement {
  const node = element('button', className, text);
  node.type = 'button';
  return node;
}

export function enhanceQuizzes(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-quiz]:not(.quiz-js)').forEach(enhanceQuiz);
}

function enhanceQuiz(quiz: HTMLElement): void {
  const title = quiz.querySelector<HTMLElement>('h2');
  const resultBox = quiz.querySelector<HTMLElement>('[data-result]');
  const scoreLine = quiz.querySelector<HTMLElement>('[data-score]');
  const scoreDetail = quiz.querySelector<HTMLElement>('[data-score-detail]');
  const bar = quiz.querySelector<HTMLElement>('[data-bar]');
  if (!resultBox || !scoreLine || !scoreDetail || !bar) return;

  const questions: Question[] = [...quiz.querySelectorAll<HTMLFieldSetElement>('fieldset[data-answer]')].map((fieldset, index) => {
    const submit = button('提交本题');
    const feedback = element('div', 'quiz-feedback');
    feedback.setAttribute('aria-live', 'polite');
    const actions = element('div', 'quiz-actions no-print');
    actions.append(submit);
    fieldset.querySelector('details')?.before(actions, feedback);
    const question: Question = {
      fieldset,
      inputs: [...fieldset.querySelectorAll<HTMLInputElement>('input')],
      expected: (fieldset.dataset.answer ?? '').split(' ').filter(Boolean).map(Number),
      number: index + 1,
      key: [...fieldset.querySelectorAll('details p')].map((p) => p.textContent ?? ''),
      submit,
      feedback,
    };
    submit.addEventListener('click', () => onSubmit(question));
    return question;
  });

  const submitAll = button('全部提交');
  const reset = button('重新答题', 'button button-plain');
  // 全部提交 with questions left blank asks first: 仍然提交 or 继续答题.
  const confirm = element('div', 'quiz-confirm');
  confirm.setAttribute('role', 'alertdialog');
  confirm.setAttribute('aria-label', '还有题目没有作答');
  const confirmText = element('p', '');
  const confirmYes = button('仍然提交');
  const confirmNo = button('继续答题', 'button button-plain');
  confirm.append(confirmText, confirmYes, confirmNo);
  confirm.hidden = true;
  bar.append(submitAll, reset, confirm);
  bar.hidden = false;
  quiz.classList.add('quiz-js');

  const chosen = (question: Question) => question.inputs.flatMap((input, index) => (input.checked ? [index] : []));
  const nextOpen = (after: Question) =>
    questions.find((question) => question.number > after.number && !question.result) ?? questions.find((question) => !question.result);

  function mark(question: Question, index: number, text: string, className: string): void {
    const label = question.inputs[index]?.closest('label');
    if (!label) return;
    label.classList.add(className);
    label.append(element('span', 'quiz-mark', text));
  }

  /** Grades one question: marks the options and shows the verdict, the right answer and the explanation. */
  function grade(question: Question): void {
    const result = gradeQuestion(question.expected, chosen(question), question.inputs.length);
    question.result = result;
    for (const input of question.inputs) input.disabled = true;
    for (const index of result.expected) mark(question, index, question.inputs[index]?.checked ? '✓ 你选对了' : '✓ 正确答案', 'opt-answer');
    for (const index of result.wrong) mark(question, index, '✗ 你选错了', 'opt-wrong');
    question.fieldset.classList.add(result.correct ? 'q-right' : 'q-wrong');
    const verdict = verdictText(question.number, result, question.fieldset.querySelector('input[type="checkbox"]') ? 'multiple' : 'single');
    question.feedback.replaceChildren(element('p', 'quiz-verdict', verdict), ...question.key.map((line) => element('p', '', line)));
  }

  /** Updates the score box; true when every question has been graded. */
  function showScore(): boolean {
    const score = scoreQuiz(questions.map((question) => question.result));
    resultBox!.hidden = score.graded === 0;
    scoreLine!.textContent = formatScore(score);
    scoreDetail!.textContent = describeScore(score);
    submitAll.hidden = score.complete;
    for (const question of questions) question.submit.hidden = score.complete;
    return score.complete;
  }

  function focusQuestion(question: Question): void {
    question.fieldset.scrollIntoView({ block: 'start' });
    (question.inputs.find((input) => input.checked) ?? question.inputs[0])?.focus({ preventScroll: true });
  }

  /**
   * 提交本题: grade in place; the button keeps the focus and becomes 下一题. Once every question
   * is graded the buttons go away and the focus moves to the score.
   */
  function onSubmit(question: Question): void {
    if (question.result) {
      const next = nextOpen(question);
      if (next) focusQuestion(next);
      return;
    }
    if (chosen(question).length === 0) {
      question.feedback.replaceChildren(element('p', 'quiz-verdict', '请先选择答案，再提交本题。'));
      question.inputs[0]?.focus();
      return;
    }
    grade(question);
    question.submit.textContent = '下一题';
    if (showScore()) resultBox!.focus();
  }

  const blank = () => questions.filter((question) => !question.result && chosen(question).length === 0);

  /** 全部提交: ask first if some are blank; otherwise grade what is left. */
  submitAll.addEventListener('click', () => {
    const left = blank();
    if (left.length === 0) return submitRest();
    confirmText.textContent = unansweredPrompt(left.map((question) => question.number));
    confirm.hidden = false;
    confirmNo.focus();
  });
  confirmYes.addEventListener('click', () => {
    confirm.hidden = true;
    submitRest();
  });
  confirmNo.addEventListener('click', () => {
    confirm.hidden = true;
    const first = blank()[0];
    if (first) focusQuestion(first);
  });

  /** Grades what is left, quietly (the score box takes the focus and sums it up). */
  function submitRest(): void {
    for (const question of questions) {
      if (question.result) continue;
      question.feedback.setAttribute('aria-live', 'off');
      grade(question);
    }
    showScore();
    resultBox!.focus();
  }

  /** 重新答题: back to the page as it was loaded. */
  reset.addEventListener('click', () => {
    for (const question of questions) {
      question.result = undefined;
      for (const input of question.inputs) {
        input.checked = false;
        input.disabled = false;
      }
      question.fieldset.classList.remove('q-right', 'q-wrong');
      question.fieldset.querySelectorAll('.quiz-mark').forEach((badge) => badge.remove());
      question.fieldset.querySelectorAll('label').forEach((label) => label.classList.remove('opt-answer', 'opt-wrong'));
      question.feedback.replaceChildren();
      question.feedback.setAttribute('aria-live', 'polite');
      question.submit.textContent = '提交本题';
    }
    confirm.hidden = true;
    showScore();
    title?.scrollIntoView({ block: 'start' });
    title?.focus({ preventScroll: true });
  });
}
