import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { isDraft, newDraftKey, saveDraft, showEditedDataset } from '@/data/drafts';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import type { Dataset } from '@/domain/dataset/dataset-schema';
import { newDataset } from '@/domain/authoring/new-dataset';
import { isLocalDatasetKey } from '@/domain/view/view-state';
import { useTranslate } from '@/state/use-translate';
import { useView, useViewStoreApi } from '@/state/view-store';

/**
 * Entering and leaving the editor. A dataset is edited as a copy kept in this browser under a
 * random key (`data=local:<key>&edit=1`): the bundled file, an address and a file's own copy
 * never change. Entering is a history step, so Back leaves the editor.
 */
export function useEditing(index: DatasetIndex | null) {
  const store = useViewStoreApi();
  const queryClient = useQueryClient();
  const { t } = useTranslate();
  const editing = useView((s) => s.editing);
  const dataUrl = useView((s) => s.dataUrl);

  /** Opens `dataset` under a new key, in the editor. */
  const openCopy = useCallback(
    async (dataset: Dataset, name: string, replace: boolean) => {
      const key = newDraftKey();
      await saveDraft(key, dataset, name);
      store.setState({
        dataUrl: key,
        editing: true,
        ...(replace ? {} : { selectedFactId: null, selectedPlaceId: null, tour: null }),
      });
    },
    [store],
  );

  const startEditing = useCallback(async () => {
    if (!index) return;
    const url = store.getState().dataUrl;
    if (url !== null && isLocalDatasetKey(url) && (await isDraft(url))) {
      store.setState({ editing: true });
      return;
    }
    await openCopy(index.dataset, index.dataset.title.de, true);
  }, [index, openCopy, store]);

  // A link with `edit=1` to a file's own copy (its key is its hash): edited as a new copy.
  const checked = useRef<string | null>(null);
  useEffect(() => {
    if (!editing || !index || dataUrl === null || checked.current === dataUrl) return;
    checked.current = dataUrl;
    void isDraft(dataUrl).then((draft) => {
      if (!draft) void openCopy(index.dataset, index.dataset.title.de, true);
    });
  }, [editing, index, dataUrl, openCopy]);

  const stopEditing = useCallback(() => store.setState({ editing: false }), [store]);
  const newDraft = useCallback(
    () => void openCopy(newDataset({ de: t('newDatasetTitle') }), t('newDatasetTitle'), false),
    [openCopy, t],
  );
  const onDataset = useCallback(
    (dataset: Dataset) => {
      const key = store.getState().dataUrl;
      if (key !== null) showEditedDataset(queryClient, key, dataset);
    },
    [queryClient, store],
  );
  return { editing, startEditing, stopEditing, newDraft, onDataset };
}
