import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * React Flow names its zoom buttons and describes nodes in English; this gives a map the names in
 * the interface's language (the buttons' tooltips and accessible names both come from here).
 */
export function useMapAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'controls.ariaLabel': t('mapControls.panel'),
      'controls.zoomIn.ariaLabel': t('mapControls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('mapControls.zoomOut'),
      'controls.fitView.ariaLabel': t('mapControls.fitView'),
      'node.a11yDescription.default': t('mapControls.node'),
      'node.a11yDescription.keyboardDisabled': t('mapControls.node'),
      'edge.a11yDescription.default': t('mapControls.edge'),
    }),
    [t],
  );
}
