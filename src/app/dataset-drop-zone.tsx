import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { MAX_DATASET_FILE_MB } from '../data/parse-dataset-file';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer !== null && Array.from(event.dataTransfer.types).includes('Files');
}

/**
 * Lets a person drop a dataset file anywhere on the page. Listens on the window (the outside world, hence an
 * effect) and shows a full-page overlay while a file is dragged over it. Dragged text or links are left alone.
 */
export function DatasetDropZone({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; the depth tells when the pointer left the page.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser refuses the drop (and may open the file in the tab instead).
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay">
      <div className="drop-overlay__card">
        <p className="drop-overlay__title">{t('byod.drop.title')}</p>
        <p>{t('byod.drop.hint', { limit: MAX_DATASET_FILE_MB })}</p>
      </div>
    </div>
  );
}
