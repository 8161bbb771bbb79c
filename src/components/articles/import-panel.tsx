"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrorsOf, messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

export type ArticleDraft = { title: string; text: string; sourceUrl: string; outlet: string; author: string; publishedAt: string; language: string };

type Imported = { title: string | null; text: string; sourceUrl?: string | null; outlet?: string | null; author?: string | null; byline?: string | null; publishedAt?: Date | string | null; language?: string | null };

function toDraft(imported: Imported): Partial<ArticleDraft> {
  const published = imported.publishedAt ? new Date(imported.publishedAt) : null;
  return {
    title: imported.title ?? "",
    text: imported.text,
    sourceUrl: imported.sourceUrl ?? "",
    outlet: imported.outlet ?? "",
    author: imported.author ?? imported.byline ?? "",
    publishedAt: published && !Number.isNaN(published.getTime()) ? published.toISOString().slice(0, 10) : "",
    language: imported.language ?? "",
  };
}

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** "From URL" and "Upload file": both fill the form below; nothing is saved until the editor saves. */
export function ImportPanel({ workspaceId, onDraft }: { workspaceId: string; onDraft: (draft: Partial<ArticleDraft>) => void }) {
  const trpc = useTRPC();
  const [tab, setTab] = useState<"paste" | "url" | "file">("paste");
  const [notice, setNotice] = useState<string | null>(null);
  const fromUrl = useMutation(trpc.article.importUrl.mutationOptions({ onSuccess: (a) => { onDraft(toDraft(a)); setNotice("Imported. Check the text and the fields, then save."); } }));
  const fromFile = useMutation(trpc.article.parseUpload.mutationOptions({ onSuccess: (a) => { onDraft(toDraft(a)); setNotice("File read. Check the text and the fields, then save."); } }));
  const tabs = [["paste", "Paste text"], ["url", "From URL"], ["file", "Upload file"]] as const;
  const error = fromUrl.error ?? fromFile.error;

  return (
    <div className="space-y-3">
      <div role="tablist" aria-label="How to add the article" className="flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {tabs.map(([id, label]) => (
          <button key={id} role="tab" type="button" aria-selected={tab === id} onClick={() => setTab(id)} className={`-mb-px border-b-2 px-4 py-2 text-sm ${tab === id ? "border-blue-700 font-medium" : "border-transparent text-zinc-600 dark:text-zinc-400"}`}>
            {label}
          </button>
        ))}
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {error ? <Alert>{fieldErrorsOf(error).url ?? fieldErrorsOf(error).file ?? fieldErrorsOf(error).text ?? messageOf(error)}</Alert> : null}
      {tab === "paste" ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Paste the article into the text box below.</p> : null}
      {tab === "url" ? (
        <form
          className="flex flex-col gap-3 sm:flex-row sm:items-end"
          aria-label="Import from URL"
          onSubmit={(e) => {
            e.preventDefault();
            setNotice(null);
            fromUrl.mutate({ workspaceId, url: String(new FormData(e.currentTarget).get("url") ?? "") });
          }}
        >
          <div className="flex-1">
            <TextField label="Article URL" name="url" type="url" placeholder="https://…" />
          </div>
          <Button type="submit" disabled={fromUrl.isPending}>{fromUrl.isPending ? "Fetching…" : "Import"}</Button>
        </form>
      ) : null}
      {tab === "file" ? (
        <div className="space-y-1">
          <label htmlFor="article-file" className="block text-sm font-medium">File (.txt, .md or .html)</label>
          <input
            id="article-file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            className="block text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setNotice(null);
              fromFile.mutate({ workspaceId, name: file.name, contentBase64: await fileToBase64(file) });
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
