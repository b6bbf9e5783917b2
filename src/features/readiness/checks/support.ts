/**
 * Whether the browser supports what the work needs: microphone capture (`getUserMedia`, which
 * only exists in secure contexts), WebRTC (`RTCPeerConnection`) and Web Audio.
 */
import type { SupportMeasurement } from '@/domain/equipment/readiness-measurements';

interface WindowLike {
  navigator?: { mediaDevices?: { getUserMedia?: unknown } };
  RTCPeerConnection?: unknown;
  AudioContext?: unknown;
  webkitAudioContext?: unknown;
}

export function detectSupport(
  win: WindowLike = window as unknown as WindowLike,
): SupportMeasurement {
  return {
    microphoneCapture: typeof win.navigator?.mediaDevices?.getUserMedia === 'function',
    webRtc: typeof win.RTCPeerConnection === 'function',
    webAudio: typeof (win.AudioContext ?? win.webkitAudioContext) === 'function',
  };
}
