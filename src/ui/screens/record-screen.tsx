import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { lineKey } from '../../engine/attempt-log';
import { deleteRecording, recordingsFor, saveRecording } from '../../app/packs/recordings';
import { useLoaded } from '../hooks/use-loaded';
import { playFromBlob } from '../audio/recording-url';
import { useLocalized } from '../i18n/use-localized';
import { findScenario } from '../scenario-source';
import { classifyStorageFailure } from '../../app/data/storage-failure';
import { WriteRefusedNotice } from '../components/write-refused-notice';

const blobToDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

/** A recorded line the storage refused, kept on the page to save again. */
interface UnsavedTake {
  take: Blob;
  refused: 'quota' | 'other';
}

const withoutLine = (takes: ReadonlyMap<string, UnsavedTake>, key: string) => {
  const rest = new Map(takes);
  rest.delete(key);
  return rest;
};

/**
 * A trainer records their own voice for the customer's lines (the "replay the recording" stage of
 * the training method); recordings play in calls instead of the synthetic voice and travel in packs.
 */
export function RecordScreen({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [generation, setGeneration] = useState(0);
  const scenario = useLoaded(() => findScenario(scenarioId), scenarioId);
  const recordings = useLoaded(() => recordingsFor(scenarioId), `${scenarioId}:${generation}`);
  const [recording, setRecording] = useState<string | null>(null);
  const [error, setError] = useState(false);
  // A take that could not be saved stays here, by line (not lost), until it saves or a new take of
  // that line does.
  const [unsaved, setUnsaved] = useState<ReadonlyMap<string, UnsavedTake>>(new Map());
  const [deleteFailed, setDeleteFailed] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);

  const keep = async (key: string, take: Blob) => {
    try {
      await saveRecording(key, await blobToDataUrl(take));
      setUnsaved((takes) => withoutLine(takes, key));
      setGeneration((g) => g + 1);
    } catch (failure) {
      const refused = classifyStorageFailure(failure).kind === 'quota' ? 'quota' : 'other';
      setUnsaved((takes) => new Map(takes).set(key, { take, refused }));
    }
  };
  const remove = (key: string) =>
    void deleteRecording(key).then(
      () => {
        setDeleteFailed(null);
        setGeneration((g) => g + 1);
      },
      () => setDeleteFailed(key),
    );

  const start = async (key: string) => {
    setError(false);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks: Blob[] = [];
      const media = new MediaRecorder(stream);
      media.ondataavailable = (e) => chunks.push(e.data);
      media.onstop = () => {
        stream.getTracks().forEach((track) => track.stop());
        const blob = new Blob(chunks, { type: media.mimeType || 'audio/webm' });
        // The buttons come back even if the save fails: the failure is said under the line.
        setRecording(null);
        void keep(key, blob);
      };
      recorder.current = media;
      media.start();
      setRecording(key);
    } catch {
      setError(true);
      setRecording(null);
    }
  };

  if (scenario.state !== 'ready') return null;
  if (!scenario.value) return <p role="alert">{t('call.notFound')}</p>;
  const lines = scenario.value.nodes.flatMap((node) =>
    node.lines.map((line, index) => ({ node: node.id, index, line })),
  );
  const saved = recordings.state === 'ready' ? recordings.value : new Map<string, string>();
  return (
    <section className="screen" aria-labelledby="record-title">
      <Link href="/packs" className="back-link">
        ← {t('packs.title')}
      </Link>
      <h1 id="record-title">{t('record.title', { title: pick(scenario.value.title) })}</h1>
      <p className="lead">{t('record.intro')}</p>
      {error && (
        <p role="alert" className="form-error">
          {t('record.noMicrophone')}
        </p>
      )}
      <ol className="record-list">
        {lines.map(({ node, index, line }) => {
          const key = lineKey(scenarioId, node, index);
          const clip = saved.get(key);
          const unsavedTake = unsaved.get(key);
          return (
            <li key={key} className="record-line">
              <span className="words">{pick(line.text)}</span>
              <span className="record-actions">
                {recording === key ? (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => recorder.current?.stop()}
                  >
                    {t('record.stop')}
                  </button>
                ) : (
                  <button
                    type="button"
                    disabled={recording !== null}
                    onClick={() => void start(key)}
                  >
                    {clip ? t('record.again') : t('record.record')}
                  </button>
                )}
                {clip && <RecordedClip dataUrl={clip} label={t('record.listen')} />}
                {clip && (
                  <button type="button" onClick={() => remove(key)}>
                    {t('record.delete')}
                  </button>
                )}
              </span>
              {unsavedTake && recording !== key && (
                <WriteRefusedNotice
                  text={t(`saveFeedback.recording.${unsavedTake.refused}`)}
                  onRetry={() => void keep(key, unsavedTake.take)}
                />
              )}
              {deleteFailed === key && (
                <WriteRefusedNotice text={t('saveFeedback.recording.deleteFailed')} />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A saved recording to listen to, played from a blob URL as the CSP requires. */
function RecordedClip({ dataUrl, label }: { dataUrl: string; label: string }) {
  // One ref per recording, so a re-render does not restart what is playing.
  const ref = useMemo(() => playFromBlob(dataUrl), [dataUrl]);
  return <audio ref={ref} controls aria-label={label} />;
}
