import { useTranslation } from 'react-i18next';
import { Section } from '@/ui/page';
import { LevelMeter } from './level-meter';
import type { ReadinessRun } from './use-readiness-run';

type StepKey =
  | 'checks.step.network'
  | 'checks.step.microphone'
  | 'checks.step.speak'
  | 'checks.step.quiet'
  | 'checks.step.done'
  | 'checks.step.doneAll';

function stepText(run: ReadinessRun): StepKey | null {
  if (run.phase === 'idle') return null;
  switch (run.microphoneStep) {
    case 'asking':
      return 'checks.step.microphone';
    case 'speak':
      return 'checks.step.speak';
    case 'quiet':
      return 'checks.step.quiet';
    default:
      if (run.phase === 'running') return 'checks.step.network';
      return run.tonePhase === 'answered' ? 'checks.step.doneAll' : 'checks.step.done';
  }
}

/**
 * Starts the automatic checks and guides the agent through them: speak while the level meter
 * moves, stay quiet for the noise floor, then play the test tone and say whether it was heard.
 */
export function AutomaticChecks({
  run,
  onStart,
  onPlayTone,
  onAnswerTone,
}: {
  run: ReadinessRun;
  onStart: () => void;
  onPlayTone: () => void;
  onAnswerTone: (isHeard: boolean) => void;
}) {
  const { t } = useTranslation('readiness');
  const step = stepText(run);
  const isMeasuringSound = run.microphoneStep === 'speak' || run.microphoneStep === 'quiet';
  const tone = run.measurements.tone;
  return (
    <Section id="readiness-checks" title={t('checks.title')}>
      <p className="muted">{t('privacy')}</p>
      <button
        type="button"
        className="button button-block"
        disabled={run.phase === 'running'}
        onClick={onStart}
      >
        {run.phase === 'idle' ? t('checks.run') : t('checks.runAgain')}
      </button>
      <p role="status" className="readiness-step">
        {step && t(step)}
      </p>
      {isMeasuringSound && <LevelMeter level={run.level} />}

      <h3>{t('checks.tone.title')}</h3>
      <p className="muted">{t('checks.tone.hint')}</p>
      <button
        type="button"
        className="button button-secondary button-block"
        disabled={run.tonePhase === 'playing'}
        onClick={onPlayTone}
      >
        {run.tonePhase === 'playing' ? t('checks.tone.playing') : t('checks.tone.play')}
      </button>
      {run.tonePhase === 'asking' && (
        <fieldset className="readiness-tone-question">
          <legend>{t('checks.tone.question')}</legend>
          <div className="record-actions">
            <button type="button" className="button" onClick={() => onAnswerTone(true)}>
              {t('checks.tone.yes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => onAnswerTone(false)}
            >
              {t('checks.tone.no')}
            </button>
          </div>
        </fieldset>
      )}
      {run.tonePhase === 'answered' && tone?.isHeard !== null && tone?.isHeard !== undefined && (
        <p>{tone.isHeard ? t('checks.tone.heard') : t('checks.tone.notHeard')}</p>
      )}
    </Section>
  );
}
