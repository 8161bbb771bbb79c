"use client";

import type { ArticleWorkspace } from "@/features/articles/get-article";
import type { BoardClaim } from "@/features/articles/get-article-board";
import { SHADE_CLASSES } from "./shade";

type Sentence = ArticleWorkspace["sentences"][number];
type Claim = BoardClaim;

/** Offset in the article text of a DOM position inside the rendered text (every piece carries data-start). */
function offsetOf(node: Node | null, offset: number): number | null {
  let element: Node | null = node;
  while (element && !(element instanceof HTMLElement && element.dataset.start !== undefined)) element = element.parentNode;
  if (!(element instanceof HTMLElement)) return null;
  return Number(element.dataset.start) + (node === element ? 0 : offset);
}

export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * The article as written (line breaks kept), every sentence a target, shaded by
 * check-worthiness; sentences holding a claim are underlined.
 */
export function ArticleText({
  text,
  sentences,
  claims,
  levels,
  activeSentenceId,
  onSentenceClick,
  containerRef,
}: {
  text: string;
  sentences: Sentence[];
  claims: Claim[];
  levels: Map<string, 0 | 1 | 2 | 3>;
  activeSentenceId: string | null;
  onSentenceClick: (sentence: Sentence) => void;
  containerRef: React.RefObject<HTMLDivElement | null>;
}) {
  const claimed = new Set(claims.map((c) => c.sentenceId));
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  for (const s of sentences) {
    if (s.start > cursor) pieces.push(<span key={`gap-${cursor}`} data-start={cursor}>{text.slice(cursor, s.start)}</span>);
    pieces.push(
      <span
        key={s.id}
        data-start={s.start}
        data-sentence-id={s.id}
        onClick={() => onSentenceClick(s)}
        className={`cursor-pointer rounded-sm ${SHADE_CLASSES[levels.get(s.id) ?? 0]} ${claimed.has(s.id) ? "underline decoration-blue-600 decoration-2 underline-offset-4" : ""} ${activeSentenceId === s.id ? "outline outline-2 outline-blue-600" : ""}`}
      >
        {text.slice(s.start, s.end)}
      </span>,
    );
    cursor = s.end;
  }
  if (cursor < text.length) pieces.push(<span key={`gap-${cursor}`} data-start={cursor}>{text.slice(cursor)}</span>);
  return (
    <div ref={containerRef} dir="auto" data-testid="article-text" className="whitespace-pre-wrap font-serif text-[1.05rem] leading-8">
      {pieces}
    </div>
  );
}
