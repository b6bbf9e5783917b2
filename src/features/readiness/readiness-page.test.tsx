import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkMeasurement, SpeechAnalysis } from '@/domain/equipment/readiness-measurements';
import { readBlobBytes } from '@/data/attachment-bytes';
import type { WorkbenchDb } from '@/data/db';
import { DEMO_AGENT_ID } from '@/data/demo/demo-ids';
import { createReadinessRepository } from '@/data/readiness-repository';
import { renderApp } from '../../../test/render-app';
import { makeOutboxProbe } from '../../../test/outbox-probe';
import { measureBattery } from './checks/battery';
import { openMicrophone, type OpenMicrophoneResult } from './checks/microphone';
import { probeNetwork } from './checks/network-probe';
import { playTestTone } from './checks/test-tone';

// The browser's measurements are replaced by figures chosen here (the modules in checks/ have
// their own tests); everything else — verdict, repository, outbox — is the real thing.
vi.mock('./checks/network-probe', () => ({ probeNetwork: vi.fn() }));
vi.mock('./checks/battery', () => ({ measureBattery: vi.fn() }));
vi.mock('./checks/test-tone', () => ({ playTestTone: vi.fn() }));
vi.mock(import('./checks/microphone'), async (importOriginal) => ({
  ...(await importOriginal()),
  openMicrophone: vi.fn(),
}));
vi.mock('./checks/support', () => ({
  detectSupport: () => ({ microphoneCapture: true, webRtc: true, webAudio: true }),
}));
vi.mock('./checks/screen', () => ({
  measureScreen: () => ({
    widthPx: 1920,
    heightPx: 1080,
    viewportWidthPx: 1280,
    viewportHeightPx: 720,
    pixelRatio: 1,
  }),
}));
vi.mock('./checks/network-information', () => ({
  readConnectionInfo: () => ({
    isSupported: false,
    type: null,
    effectiveType: null,
    roundTripMs: null,
    downlinkKbps: null,
  }),
}));

const GOOD_NETWORK: NetworkMeasurement = {
  isOnline: true,
  probe: {
    target: 'http://localhost/probe.bin',
    sent: 5,
    received: 5,
    roundTripMs: 42,
    jitterMs: 6,
    lossPercent: 0,
    downloadKbps: 12_500,
    isDownloadComplete: true,
  },
};

const SPEECH: SpeechAnalysis = { peakDbfs: -18.4, isDead: false, isFlat: false, frames: 60 };

function grantedMicrophone(noiseFloor = -62.5): OpenMicrophoneResult {
  return {
    access: 'granted',
    session: {
      level: () => -30,
      measureSpeech: async (options) => {
        options?.onLevel?.(-20);
        return SPEECH;
      },
      measureNoiseFloor: async (options) => {
        options?.onLevel?.(-60);
        return noiseFloor;
      },
      close: vi.fn(),
    },
  } as OpenMicrophoneResult;
}

beforeEach(() => {
  vi.mocked(probeNetwork).mockResolvedValue(GOOD_NETWORK);
  vi.mocked(measureBattery).mockResolvedValue({
    isSupported: true,
    percent: 80,
    isCharging: false,
  });
  vi.mocked(openMicrophone).mockResolvedValue(grantedMicrophone());
  vi.mocked(playTestTone).mockResolvedValue('played');
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The list item that names `name` (a check's line in the results). */
function itemNamed(list: HTMLElement, name: string): HTMLElement {
  const item = within(list)
    .getAllByRole('listitem')
    .find((candidate) => within(candidate).queryByText(name) !== null);
  if (!item) throw new Error(`No item named ${name}`);
  return item;
}

/** Monday 23 November 2026, 09:30 in Shanghai: inside the hour before the 10:00 remote shift. */
const IN_WINDOW = new Date('2026-11-23T01:30:00Z');

async function renderReadiness(now = IN_WINDOW) {
  const { prepare, readOutbox } = makeOutboxProbe();
  const view = await renderApp('/readiness', { workspace: 'demo', prepare, now });
  await screen.findByRole('region', { name: 'Checklist' });
  return { ...view, readOutbox };
}

async function answerChecklist(user: Awaited<ReturnType<typeof renderReadiness>>['user']) {
  const checklist = screen.getByRole('region', { name: 'Checklist' });
  for (const group of within(checklist).getAllByRole('group')) {
    await user.click(within(group).getByRole('radio', { name: 'Yes' }));
  }
}

async function runAllChecks(user: Awaited<ReturnType<typeof renderReadiness>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Run the checks' }));
  await screen.findByText('The checks have finished. Now test your speaker or headset.');
  await user.click(screen.getByRole('button', { name: 'Play the test tone' }));
  await user.click(await screen.findByRole('button', { name: 'Yes, I heard it' }));
}

describe('readiness check', () => {
  it('names the remote shift and that the check is due now', async () => {
    await renderReadiness();
    expect(screen.getByText('For your remote shift on Mon, Nov 23, 10:00 – 19:00.')).toBeVisible();
    expect(screen.getByText('The check is due now: your shift starts at 10:00.')).toBeVisible();
    expect(screen.getByText(/Nothing is recorded or sent/)).toBeVisible();
  });

  it('runs the checks, shows each figure, judges ready and saves the report to the outbox', async () => {
    const { user, readOutbox } = await renderReadiness();
    await answerChecklist(user);
    await runAllChecks(user);

    const result = screen.getByRole('region', { name: 'Result' });
    expect(within(result).getByText('Ready')).toBeVisible();
    const network = within(result).getByRole('list', { name: 'Network' });
    expect(itemNamed(network, 'Round trip')).toHaveTextContent(
      /Round trip\s*Passed\s*42 ms \(at most 400 ms\)/,
    );
    expect(itemNamed(network, 'Download speed')).toHaveTextContent(
      '12,500 kbit/s (at least 100 kbit/s)',
    );
    const microphone = within(result).getByRole('list', { name: 'Microphone' });
    expect(itemNamed(microphone, 'Noise in the room')).toHaveTextContent(
      '-62.5 dBFS (at most -50 dBFS)',
    );
    const device = within(result).getByRole('list', { name: 'Device' });
    expect(itemNamed(device, 'Battery')).toHaveTextContent('80%');
    // A figure with no limit is kept as evidence, neither passed nor failed.
    expect(itemNamed(device, 'Screen width')).toHaveTextContent(
      /Screen width\s*Recorded\s*1,920 px/,
    );
    expect(await readOutbox()).toEqual([]);

    await user.click(within(result).getByRole('button', { name: 'Save the report' }));
    expect(
      await within(result).findByText(
        'Saved on this device. It will be sent to your employer when there is a connection.',
      ),
    ).toBeVisible();
    const outbox = await readOutbox();
    expect(outbox.map((row) => row.name)).toEqual(['readinessReport.create']);
    expect(outbox[0]!.args).toMatchObject({
      shiftId: 'demo-shift-2026-11-23',
      isReady: true,
      checks: expect.arrayContaining([
        { item: 'network.roundTripMs', outcome: 'pass', measured: 42 },
        { item: 'microphone.noiseFloorDbfs', outcome: 'pass', measured: -62.5 },
        { item: 'speaker.toneHeard', outcome: 'pass', measured: 1 },
      ]),
    });
    // Rendering the demo workspace and answering five items take a few seconds in jsdom.
  }, 15_000);

  it('says not ready, with the reasons, when the microphone is refused, the server is unreachable and an item is denied', async () => {
    vi.mocked(openMicrophone).mockResolvedValue({ access: 'denied' });
    vi.mocked(probeNetwork).mockResolvedValue({
      isOnline: true,
      probe: {
        ...GOOD_NETWORK.probe!,
        received: 0,
        roundTripMs: null,
        jitterMs: null,
        lossPercent: 100,
        downloadKbps: null,
        isDownloadComplete: false,
      },
    });
    const { user } = await renderReadiness();
    const checklist = screen.getByRole('region', { name: 'Checklist' });
    await user.click(
      within(within(checklist).getByRole('group', { name: /A quiet room/ })).getByRole('radio', {
        name: 'No',
      }),
    );
    await runAllChecks(user);

    const result = screen.getByRole('region', { name: 'Result' });
    expect(within(result).getByText('Not ready')).toBeVisible();
    const reasons = within(result).getByRole('list', { name: 'Why not' });
    expect(reasons).toHaveTextContent('Round trip: The test server could not be reached.');
    expect(reasons).toHaveTextContent('Lost requests: 100%, at most 1%.');
    expect(reasons).toHaveTextContent(
      'Microphone allowed: No, must be Yes. Microphone access was refused.',
    );
    expect(reasons).toHaveTextContent('Not confirmed: A quiet room.');
    expect(reasons).toHaveTextContent('Not answered: A computer for the work.');
  });

  it('shows a live level meter while the agent speaks and while the room is measured', async () => {
    let finishSpeech: (speech: SpeechAnalysis) => void = () => {};
    const close = vi.fn();
    vi.mocked(openMicrophone).mockResolvedValue({
      access: 'granted',
      session: {
        level: () => -30,
        measureSpeech: (options) => {
          options?.onLevel?.(-20);
          return new Promise<SpeechAnalysis>((resolve) => {
            finishSpeech = resolve;
          });
        },
        measureNoiseFloor: async () => -62.5,
        close,
      },
    } as OpenMicrophoneResult);
    const { user } = await renderReadiness();
    await user.click(screen.getByRole('button', { name: 'Run the checks' }));
    expect(await screen.findByText('Speak now, for example count from one to ten.')).toBeVisible();
    const meter = screen.getByRole('meter', { name: 'Microphone level' });
    expect(meter).toHaveAttribute('aria-valuetext', '-20 dBFS');
    expect(close).not.toHaveBeenCalled();

    finishSpeech(SPEECH);
    await screen.findByText('The checks have finished. Now test your speaker or headset.');
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    // The microphone is released as soon as it has been measured.
    expect(close).toHaveBeenCalledOnce();
  });

  it('says when this browser cannot play the tone, instead of passing or failing', async () => {
    vi.mocked(playTestTone).mockResolvedValue('unsupported');
    const { user } = await renderReadiness();
    await user.click(screen.getByRole('button', { name: 'Run the checks' }));
    await screen.findByText('The checks have finished. Now test your speaker or headset.');
    await user.click(screen.getByRole('button', { name: 'Play the test tone' }));
    const speaker = await screen.findByRole('list', { name: 'Speaker or headset' });
    expect(speaker).toHaveTextContent(
      /Test tone heard\s*Cannot check\s*This browser cannot check this\./,
    );
    expect(screen.queryByRole('button', { name: 'Yes, I heard it' })).not.toBeInTheDocument();
  });

  it('refuses a photo that is too large, keeps the answers and saves nothing', async () => {
    const { user, readOutbox } = await renderReadiness();
    await answerChecklist(user);
    const big = new File([new Uint8Array(6 * 1024 * 1024)], 'desk.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText('Photo: A computer for the work (optional)'), big);
    await runAllChecks(user);
    await user.click(screen.getByRole('button', { name: 'Save the report' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A photo is larger than 5 MB. Choose a smaller one; nothing was saved.',
    );
    expect(await readOutbox()).toEqual([]);
    const checklist = screen.getByRole('region', { name: 'Checklist' });
    expect(
      within(within(checklist).getByRole('group', { name: /A quiet room/ })).getByRole('radio', {
        name: 'Yes',
      }),
    ).toBeChecked();
  });
});

describe('readiness history, report and Today', () => {
  /** Saves a ready report for the demo's Monday remote shift at 09:30, as an earlier visit would. */
  async function withSavedReport(db: WorkbenchDb) {
    const repository = createReadinessRepository(db);
    const policy = (await db.policies.toCollection().first()) ?? null;
    await repository.save(
      {
        agentId: DEMO_AGENT_ID,
        shiftId: 'demo-shift-2026-11-23',
        policy,
        measurements: {
          network: GOOD_NETWORK,
          microphone: { access: 'granted', speech: SPEECH, noiseFloorDbfs: -62.5 },
          tone: { playback: 'played', isHeard: true },
          battery: { isSupported: true, percent: 80, isCharging: false },
          support: { microphoneCapture: true, webRtc: true, webAudio: true },
        },
        answers: (policy?.readiness.checklist ?? []).map((item) => ({
          itemId: item.id,
          isConfirmed: true,
          photo: null,
        })),
      },
      IN_WINDOW,
    );
  }

  it('lists the saved report under its shift and opens the printable report', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = await renderApp('/readiness/reports', {
      workspace: 'demo',
      now: IN_WINDOW,
      prepare: withSavedReport,
    });
    const shift = await screen.findByRole('region', {
      name: 'Shift on Mon, Nov 23, 10:00 – 19:00',
    });
    await user.click(within(shift).getByRole('link', { name: /09:30\s*Ready/ }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Readiness report' }),
    ).toBeVisible();
    expect(
      await screen.findByText('For your remote shift on Mon, Nov 23, 10:00 – 19:00.'),
    ).toBeVisible();
    expect(screen.getByText('Made on Mon, Nov 23 at 09:30 (Asia/Shanghai).')).toBeVisible();
    const checklist = screen.getByRole('region', { name: 'Checklist' });
    expect(within(checklist).getAllByText('Confirmed')).toHaveLength(5);
    const checks = screen.getByRole('region', { name: 'Automatic checks' });
    expect(itemNamed(checks, 'Round trip')).toHaveTextContent('42 ms');
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(
      screen.getByRole('link', { name: 'Raise an escalation with this report' }),
    ).toHaveAttribute('href', '/escalate');
  });

  it('downloads the report as a UTF-8 CSV with translated headers', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:readiness-report';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderApp('/readiness/reports', {
      workspace: 'demo',
      now: IN_WINDOW,
      language: 'zh-CN',
      prepare: withSavedReport,
    });
    await user.click(await screen.findByRole('link', { name: /09:30\s*已就绪/ }));
    await user.click(await screen.findByRole('button', { name: '下载表格（CSV）' }));
    expect(blobs).toHaveLength(1);
    const bytes = await readBlobBytes(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('类别,检测项,结果,测得数值');
    expect(lines).toContain('检测,往返时延,通过,42 毫秒');
    expect(lines).toContain('检查清单,安静的房间,已确认,');
  });

  it('is reachable from Me', async () => {
    await renderApp('/me', { workspace: 'demo', now: IN_WINDOW });
    expect(await screen.findByRole('link', { name: 'Equipment readiness' })).toHaveAttribute(
      'href',
      '/readiness',
    );
  });

  it('asks for the report on Today inside the window before the remote shift', async () => {
    await renderApp('/', { workspace: 'demo', now: IN_WINDOW });
    // It loads after the first screen, with its strings.
    const card = await screen.findByRole(
      'region',
      { name: 'Equipment readiness' },
      { timeout: 3_000 },
    );
    expect(
      within(card).getByText('Your remote shift starts at 10:00. Check your equipment now.'),
    ).toBeVisible();
    expect(within(card).getByRole('link', { name: 'Check my equipment' })).toHaveAttribute(
      'href',
      '/readiness',
    );
  });

  it.each([
    [
      'before the window, says when the check is due',
      new Date('2026-11-22T02:00:00Z'),
      'Before your remote shift on Mon, Nov 23 at 10:00, check your equipment. The check is due from 09:00.',
    ],
    [
      'once the shift has started without a report, still asks for one',
      new Date('2026-11-23T03:00:00Z'),
      'Your remote shift has started and there is no readiness report for it.',
    ],
  ])('on Today, %s', async (_case, now, sentence) => {
    await renderApp('/', { workspace: 'demo', now });
    const card = await screen.findByRole(
      'region',
      { name: 'Equipment readiness' },
      { timeout: 3_000 },
    );
    expect(within(card).getByText(sentence)).toBeVisible();
  });

  it('shows the latest report’s result on Today', async () => {
    await renderApp('/', { workspace: 'demo', now: IN_WINDOW, prepare: withSavedReport });
    const card = await screen.findByRole(
      'region',
      { name: 'Equipment readiness' },
      { timeout: 3_000 },
    );
    expect(card).toHaveTextContent(/Report of Mon, Nov 23 09:30:\s*Ready/);
    expect(within(card).getByRole('link', { name: 'Open the report' })).toBeVisible();
  });
});
