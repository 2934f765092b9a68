'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CITATION_STYLES } from '@/lib/sources/citation-styles';
import { downloadExport, type ExportProgress } from './download-export';

const LAYERS = [
  { value: 'all', label: 'Everything I can see' },
  { value: 'mine', label: 'My notes' },
  { value: 'course', label: 'Notes shared with the course' },
  { value: 'claims', label: 'Claims only' },
] as const;

const FORMATS = [
  { ext: 'pdf', label: 'Annotated PDF' },
  { ext: 'jsonld', label: 'W3C Web Annotations (JSON-LD)' },
  { ext: 'csv', label: 'CSV' },
  { ext: 'md', label: 'Markdown' },
] as const;

function progressText(p: ExportProgress): string {
  switch (p.state) {
    case 'preparing':
      return 'Preparing the export…';
    case 'downloading':
      return p.percent === null ? 'Downloading…' : `Downloading… ${p.percent}%`;
    case 'done':
      return `Downloaded ${p.filename}.`;
    default:
      return '';
  }
}

/**
 * The export options (which notes, replies, citation style, paper) and one button per
 * format; the file downloads when ready, with progress shown and failures explained.
 */
export function ExportPanel(props: { documentId: string; title: string; style: string }) {
  const [layers, setLayers] = useState('all');
  const [replies, setReplies] = useState(true);
  const [style, setStyle] = useState(props.style);
  const [paper, setPaper] = useState('a4');
  const [progress, setProgress] = useState<ExportProgress>({ state: 'idle' });
  const running = progress.state === 'preparing' || progress.state === 'downloading';

  const query = new URLSearchParams({ layers, replies: String(replies), style, paper });
  const start = (ext: string) =>
    void downloadExport(
      `/api/v1/documents/${props.documentId}/export.${ext}?${query}`,
      `${props.title}.${ext}`,
      setProgress,
    );

  return (
    <form
      aria-label="Export options"
      className="flex flex-col gap-4"
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">Notes to include</legend>
        {LAYERS.map((l) => (
          <label key={l.value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="layers"
              value={l.value}
              checked={layers === l.value}
              onChange={() => setLayers(l.value)}
            />
            {l.label}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={replies} onChange={(e) => setReplies(e.target.checked)} />
        Include replies
      </label>
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Citation style
          <select
            value={style}
            onChange={(e) => setStyle(e.target.value)}
            className="rounded-md border border-stone-300 bg-white px-2 py-1 font-normal"
          >
            {CITATION_STYLES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Paper (PDF)
          <select
            value={paper}
            onChange={(e) => setPaper(e.target.value)}
            className="rounded-md border border-stone-300 bg-white px-2 py-1 font-normal"
          >
            <option value="a4">A4</option>
            <option value="letter">Letter</option>
          </select>
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        {FORMATS.map((f, i) => (
          <Button
            key={f.ext}
            variant={i === 0 ? 'primary' : 'secondary'}
            disabled={running}
            onClick={() => start(f.ext)}
          >
            {`Download ${f.label}`}
          </Button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {progressText(progress)}
      </p>
      {progress.state === 'failed' && <Alert>{progress.message}</Alert>}
    </form>
  );
}
