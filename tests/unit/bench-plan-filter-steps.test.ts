import { describe, expect, it } from 'vitest';
import { planFilterSteps, queryMatches, readFilterQuery } from '../../scripts/bench/lib/plan-filter-steps';

const choices = {
  countries: ['US', 'MX'],
  pillars: ['P1', 'P2'],
  sectors: ['energy', 'agriculture'],
  series: ['original'],
  years: ['2021', '2022'],
};

describe('the scripted filter session', () => {
  it('plays a cycle a person would: country, pillar, sector, year, remove a chip, switch country, clear all', () => {
    const steps = planFilterSteps(choices, 7);
    expect(steps).toEqual([
      { action: 'select', control: 'country', value: 'US', expected: { country: ['US'] } },
      { action: 'select', control: 'pillar', value: 'P1', expected: { country: ['US'], pillar: ['P1'] } },
      {
        action: 'select',
        control: 'sector',
        value: 'energy',
        expected: { country: ['US'], pillar: ['P1'], sector: ['energy'] },
      },
      {
        action: 'select',
        control: 'from',
        value: '2021',
        expected: { country: ['US'], pillar: ['P1'], sector: ['energy'], from: ['2021'] },
      },
      { action: 'remove-last-chip', expected: { country: ['US'], pillar: ['P1'], sector: ['energy'] } },
      {
        action: 'select',
        control: 'country',
        value: 'MX',
        expected: { country: ['MX'], pillar: ['P1'], sector: ['energy'] },
      },
      { action: 'clear-all', expected: {} },
    ]);
  });

  it('moves on to the next choices in the next cycle and plans whole cycles', () => {
    const steps = planFilterSteps(choices, 30);
    expect(steps).toHaveLength(35);
    expect(steps[7]).toEqual({ action: 'select', control: 'country', value: 'MX', expected: { country: ['MX'] } });
    expect(steps[8]).toMatchObject({ control: 'pillar', value: 'P2' });
    expect(steps[14]).toMatchObject({ control: 'country', value: 'US' });
  });

  it('sets the series instead of switching country when a dataset has one country', () => {
    const steps = planFilterSteps({ ...choices, countries: ['US'] }, 7);
    expect(steps[5]).toEqual({
      action: 'select',
      control: 'series',
      value: 'original',
      expected: { country: ['US'], pillar: ['P1'], sector: ['energy'], series: ['original'] },
    });
  });

  it('reads only filter parameters from the URL, repeated ones sorted', () => {
    expect(readFilterQuery('?pillar=P2&lang=es&pillar=P1&country=MX&sort=name')).toEqual({
      pillar: ['P1', 'P2'],
      country: ['MX'],
    });
  });

  it('checks the URL holds exactly the expected filters', () => {
    expect(queryMatches('?country=US&pillar=P1', { country: ['US'], pillar: ['P1'] })).toBe(true);
    expect(queryMatches('?pillar=P1&country=US&lang=en', { country: ['US'], pillar: ['P1'] })).toBe(true);
    expect(queryMatches('?country=US', { country: ['US'], pillar: ['P1'] })).toBe(false);
    expect(queryMatches('?country=US&from=2021', { country: ['US'] })).toBe(false);
    expect(queryMatches('', {})).toBe(true);
  });
});
