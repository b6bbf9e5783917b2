/**
 * The readiness policy used when a project's policy does not say (policies stored before schema
 * 5): DOMAIN.md's checklist for crowdsourced agents (source 002) and thresholds from
 * contact-centre pre-call tests. Owned by the readiness domain.
 */
import type { ReadinessPolicy } from '../policy/project-policy';

export function defaultReadinessPolicy(): ReadinessPolicy {
  return {
    checklist: [
      {
        id: 'computer',
        label: { en: 'A computer for the work', 'zh-CN': '工作用电脑', 'zh-TW': '工作用電腦' },
        isRequired: true,
        allowsPhoto: true,
      },
      {
        id: 'wired-broadband',
        label: {
          en: 'Wired broadband (e.g. China Telecom)',
          'zh-CN': '有线宽带(如中国电信)',
          'zh-TW': '有線寬頻(如中國電信)',
        },
        isRequired: true,
        allowsPhoto: true,
      },
      {
        id: 'headset',
        label: { en: 'Noise-cancelling headset', 'zh-CN': '降噪耳机', 'zh-TW': '降噪耳機' },
        isRequired: true,
        allowsPhoto: true,
      },
      {
        id: 'quiet-room',
        label: { en: 'A quiet room', 'zh-CN': '安静的房间', 'zh-TW': '安靜的房間' },
        isRequired: true,
        allowsPhoto: true,
      },
      {
        id: 'real-name',
        label: {
          en: 'Real-name verification done',
          'zh-CN': '已完成实名认证',
          'zh-TW': '已完成實名認證',
        },
        isRequired: true,
        allowsPhoto: false,
      },
    ],
    thresholds: {
      maxRoundTripMs: 400,
      maxJitterMs: 30,
      maxLossPercent: 1,
      minDownloadKbps: 100,
      maxNoiseFloorDbfs: -50,
      minBatteryPercent: 20,
    },
    windowMinutesBeforeShift: 60,
  };
}
