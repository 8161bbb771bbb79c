import { SHORTCUTS } from "./use-claim-shortcuts";

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <div role="dialog" aria-label="Keyboard shortcuts" className="rounded-md border border-zinc-300 bg-white p-3 text-sm shadow dark:border-zinc-700 dark:bg-zinc-900">
      <div className="mb-2 flex items-center justify-between">
        <strong>Keyboard shortcuts</strong>
        <button type="button" className="rounded px-2 hover:bg-zinc-100 dark:hover:bg-zinc-800" onClick={onClose} aria-label="Close the shortcuts">✕</button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt><kbd className="rounded border border-zinc-300 px-1 font-mono text-xs dark:border-zinc-600">{keys}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
