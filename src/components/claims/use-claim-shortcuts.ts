"use client";

import { useEffect, useRef } from "react";

export type ShortcutHandlers = {
  next: () => void;
  previous: () => void;
  open: () => void;
  close: () => void;
  take: () => void;
  verdict: () => void;
  comment: () => void;
  help: () => void;
};

/** j/k move, Enter or o open, Esc close, t take, v verdict, c comment, ? help — never while typing in a field. */
export const SHORTCUTS: [string, string][] = [
  ["j / k", "next / previous claim"],
  ["Enter or o", "open the claim"],
  ["t", "take the open claim"],
  ["v", "write the verdict"],
  ["c", "write a comment"],
  ["Ctrl+Enter", "submit the form you are in"],
  ["Esc", "close the claim"],
  ["?", "show these shortcuts"],
];

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function useClaimShortcuts(handlers: ShortcutHandlers) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "Escape") {
        if (typingIn(e.target)) (e.target as HTMLElement).blur();
        else ref.current.close();
        return;
      }
      if (typingIn(e.target)) return;
      const action = ({ j: "next", k: "previous", o: "open", Enter: "open", t: "take", v: "verdict", c: "comment", "?": "help" } as const)[e.key as "j"];
      // Enter on a focused button or link keeps its own meaning.
      if (!action || (e.key === "Enter" && e.target instanceof HTMLElement && e.target.closest("button, a"))) return;
      e.preventDefault();
      ref.current[action]();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
