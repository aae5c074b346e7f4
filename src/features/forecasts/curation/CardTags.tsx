import { Suspense, useRef, useState } from 'react';
import './tag-editor.css';
import { lazyPart } from '../../../ui/lazy-part';

// The editor is fetched the first time someone edits a forecast's tags, not with the page.
const TagEditor = lazyPart(() => import('./TagEditor').then((m) => ({ default: m.TagEditor })));

interface Props {
  tags: readonly string[];
  readOnly: boolean;
  onAdd: (tags: string[]) => void;
  onRemove: (tag: string) => void;
}

/** A forecast's tags as a line of chips, and Edit tags, which opens the tag editor in place. */
export function CardTags({ tags, readOnly, onAdd, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  if (editing) {
    return (
      <Suspense fallback={null}>
        <TagEditor
          tags={tags}
          disabled={readOnly}
          onAdd={onAdd}
          onRemove={onRemove}
          onDone={() => {
            setEditing(false);
            requestAnimationFrame(() => toggle.current?.focus());
          }}
        />
      </Suspense>
    );
  }
  return (
    <div className="card-tags">
      <span className="card-tags-label" aria-hidden="true">
        Tags
      </span>
      {tags.length === 0 ? (
        <span className="hint">none</span>
      ) : (
        <ul className="tag-list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <button
        ref={toggle}
        type="button"
        className="link-button"
        disabled={readOnly}
        onClick={() => setEditing(true)}
      >
        Edit tags
      </button>
    </div>
  );
}
