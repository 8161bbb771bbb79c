"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { findMentionQuery, replaceMentionQuery } from "@/features/comments/mentions";

type Member = { userId: string; name: string };

/**
 * A comment box with @mention autocomplete: typing "@am" lists matching
 * members; arrows choose, Enter or Tab inserts. Ctrl+Enter sends.
 */
export function CommentComposer({
  id,
  members,
  initial = "",
  submitLabel,
  busy,
  error,
  autoFocus,
  onSubmit,
  onCancel,
}: {
  id: string;
  members: Member[];
  initial?: string;
  submitLabel: string;
  busy: boolean;
  error?: string;
  autoFocus?: boolean;
  /** `composer.clear()` empties the box (e.g. as the comment is sent); `composer.restore()` puts the text back (e.g. when the server refused it). */
  onSubmit: (body: string, composer: { clear: () => void; restore: () => void }) => void;
  onCancel?: () => void;
}) {
  const [text, setText] = useState(initial);
  const [query, setQuery] = useState<{ query: string; start: number; caret: number } | null>(null);
  const [active, setActive] = useState(0);
  const matches = query ? members.filter((m) => m.name.toLowerCase().includes(query.query.toLowerCase())).slice(0, 6) : [];
  const listId = `${id}-mentions`;

  function track(value: string, caret: number) {
    setText(value);
    const found = findMentionQuery(value, caret);
    setQuery(found ? { ...found, caret } : null);
    setActive(0);
  }

  function pick(member: Member, textarea: HTMLTextAreaElement) {
    if (!query) return;
    const next = replaceMentionQuery(text, query.start, query.caret, member.name, member.userId);
    setText(next.text);
    setQuery(null);
    requestAnimationFrame(() => textarea.setSelectionRange(next.caret, next.caret));
  }

  return (
    <form
      className="relative space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const body = text;
        onSubmit(body, { clear: () => setText(""), restore: () => setText(body) });
      }}
    >
      <label htmlFor={id} className="sr-only">{submitLabel}</label>
      <textarea
        id={id}
        value={text}
        rows={2}
        dir="auto"
        autoFocus={autoFocus}
        placeholder="Write a comment. @ to mention someone."
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={error ? true : undefined}
        className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-900"
        onChange={(e) => track(e.target.value, e.target.selectionStart)}
        onKeyDown={(e) => {
          if (matches.length > 0) {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              setActive((i) => (i + (e.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
              return;
            }
            if (e.key === "Enter" || e.key === "Tab") {
              e.preventDefault();
              pick(matches[active]!, e.currentTarget);
              return;
            }
            if (e.key === "Escape") return setQuery(null);
          }
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
      />
      {matches.length > 0 ? (
        <ul id={listId} role="listbox" aria-label="Mention a member" className="absolute z-20 mt-1 w-64 rounded-md border border-zinc-200 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          {matches.map((m, i) => (
            <li
              key={m.userId}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-blue-50 dark:bg-blue-950" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                const textarea = document.getElementById(id) as HTMLTextAreaElement | null;
                if (textarea) pick(m, textarea);
              }}
            >
              {m.name}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p> : null}
      <div className="flex items-center gap-2">
        <Button type="submit" variant="secondary" disabled={busy || text.trim() === ""}>{submitLabel}</Button>
        {onCancel ? <Button variant="ghost" onClick={onCancel}>Cancel</Button> : null}
        <span className="text-xs text-zinc-500">**bold**, *italic*, [link](https://…) · Ctrl+Enter sends</span>
      </div>
    </form>
  );
}
