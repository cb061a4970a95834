/**
 * A value made on first use and then shared by every caller (a production build, whose content
 * cannot change while its pages render), or, when not shared (the dev server, where staff edit
 * content while pages are served), made afresh on each call. Callers must not change what they get.
 */
export function madeOnce<T>(make: () => T, share: boolean): () => T {
  let made: { value: T } | undefined;
  return () => {
    if (!share) return make();
    made ??= { value: make() };
    return made.value;
  };
}
