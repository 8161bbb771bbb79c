import type { KeyboardEvent } from "react";

/** Ctrl+Enter (⌘+Enter on a Mac) submits the form a text area belongs to: writing and sending without the mouse. */
export function submitOnModEnter(e: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}
