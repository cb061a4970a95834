/** Rows per page of the staff list: about 20 KB of HTML, well inside the 50 KB page budget. */
export const STAFF_PAGE_SIZE = 60;
