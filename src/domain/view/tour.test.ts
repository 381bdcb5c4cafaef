import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import type { Dataset, TourStep } from '../dataset/dataset-schema';
import { datasetFixture } from '../testing/dataset-fixture';
import { findTour, isShowingStep, PLACE_STEP_ZOOM, tourStep, tourStepView } from './tour';

function withTour(steps: TourStep[]): Dataset {
  return {
    ...datasetFixture(),
    tours: [{ id: 'rundgang', title: { de: 'Rundgang', en: 'Tour' }, steps }],
  };
}

describe('tourStepView', () => {
  it('frames a dated event with two weeks around it and puts the cursor on its day', () => {
    const index = createDatasetIndex(withTour([{ fact: 'besuch-artern', text: { de: 'x' } }]));
    const view = tourStepView(index, index.dataset.tours![0]!.steps[0]!);
    expect(view).toEqual({
      fact: 'besuch-artern',
      place: null,
      window: { from: '2018-03-04', to: '2018-04-03' },
      at: '2018-03-19',
      camera: null,
    });
  });

  it('frames a range by its span plus a twentieth, the cursor at its start as written', () => {
    const index = createDatasetIndex(withTour([{ fact: 'ministerin', text: { de: 'x' } }]));
    const view = tourStepView(index, index.dataset.tours![0]!.steps[0]!);
    expect(view.at).toBe('2014');
    // 2014 to the end of 2023 (the as-of date): ten years, six months on each side.
    expect(view.window).toEqual({ from: '2013-07-02', to: '2024-07-01' });
  });

  it('centres a place-only step on the place (an institution at its town)', () => {
    const index = createDatasetIndex(withTour([{ place: 'fz-artern', text: { de: 'x' } }]));
    const view = tourStepView(index, index.dataset.tours![0]!.steps[0]!);
    expect(view).toMatchObject({
      fact: null,
      place: 'fz-artern',
      at: '2018-03-19',
      camera: { lon: 11.292, lat: 51.366, zoom: PLACE_STEP_ZOOM },
    });
  });

  it("lets the step's own view win, part by part", () => {
    const step: TourStep = {
      fact: 'besuch-artern',
      place: 'artern',
      text: { de: 'x' },
      view: { from: '2017', to: '2019', map: '11.3,51.05,7.4' },
    };
    const index = createDatasetIndex(withTour([step]));
    expect(tourStepView(index, step)).toEqual({
      fact: 'besuch-artern',
      place: 'artern',
      window: { from: '2017', to: '2019' },
      at: '2018-03-19',
      camera: { lon: 11.3, lat: 51.05, zoom: 7.4 },
    });
  });
});

describe('tour lookups', () => {
  it('finds steps by their 1-based position and nothing outside it', () => {
    const index = createDatasetIndex(
      withTour([
        { fact: 'besuch-artern', text: { de: 'a' } },
        { fact: 'ministerin', text: { de: 'b' } },
      ]),
    );
    const tour = findTour(index, 'rundgang')!;
    expect(tourStep(tour, 1)?.fact).toBe('besuch-artern');
    expect(tourStep(tour, 2)?.fact).toBe('ministerin');
    expect([0, 3, 1.5, -1].map((n) => tourStep(tour, n))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(findTour(index, 'anderer')).toBeUndefined();
  });

  it('counts a step as shown only while its own fact and place are selected', () => {
    const step: TourStep = { fact: 'besuch-artern', text: { de: 'x' } };
    expect(isShowingStep({ fact: 'besuch-artern', place: null }, step)).toBe(true);
    expect(isShowingStep({ fact: 'ministerin', place: null }, step)).toBe(false);
    expect(isShowingStep({ fact: 'besuch-artern', place: 'artern' }, step)).toBe(false);
  });
});
