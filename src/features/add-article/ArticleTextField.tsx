import { memo } from 'react';

interface Props {
  id: string;
  text: string;
  onText: (text: string) => void;
  onFile: (file: File) => Promise<void>;
}

/**
 * The article's text: pasted, dropped or chosen as a file. Memoised, with stable callbacks from
 * the dialog: a text of 2 M characters costs a few milliseconds each time React compares it, so
 * the search's progress redraws everything but this.
 */
export const ArticleTextField = memo(function ArticleTextField({
  id,
  text,
  onText,
  onFile,
}: Props) {
  return (
    <div
      className="field wide drop-zone"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer.files[0];
        if (file) void onFile(file);
      }}
    >
      <label htmlFor={id}>Article text</label>
      <textarea id={id} rows={8} value={text} onChange={(e) => onText(e.target.value)} />
      <p className="hint">
        Paste it, or drop a .txt or .html file here, or{' '}
        <label className="file-link">
          choose a file
          <input
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void onFile(file);
            }}
          />
        </label>
        . Nothing is sent anywhere: the forecasts are found in this browser.
      </p>
    </div>
  );
});
