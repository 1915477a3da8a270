/** @jest-environment jsdom */
import { currentIntensityBetween, nextLevel, nextStepAdvice, parseToolboxParams } from './advice';

describe('"Et ensuite ?" advice', () => {
  it('aims one level up, and the top stays the top', () => {
    expect([0, 1, 2, 3, 4, 5].map(nextLevel)).toEqual([1, 2, 3, 4, 5, 5]);
  });

  it('starts strangers with mutual knowledge and warns against jumping to experimentation', () => {
    const advice = nextStepAdvice(0, 'fr');
    expect(advice.heading).toBe('Prochaine étape : niveau 1');
    expect(advice.paragraphs[0]).toMatch(/ne se connaissent pas encore.*interconnaissance \(niveau 1\)/);
    expect(advice.paragraphs[1]).toMatch(/marche par marche.*Depuis le niveau 0 ou 1, ne sautez jamais directement au niveau 4/);
  });

  it('gives the same warning from level 1, in English too', () => {
    const advice = nextStepAdvice(1, 'en');
    expect(advice.heading).toBe('Next step: level 2');
    expect(advice.paragraphs[1]).toContain('never jump straight to level 4');
  });

  it('allows experimentation once mutual knowledge is there', () => {
    const advice = nextStepAdvice(3, 'fr');
    expect(advice.heading).toBe('Prochaine étape : niveau 4');
    expect(advice.paragraphs[0]).toContain('expérimentation (niveau 4) deviennent possibles');
    expect(advice.paragraphs[1]).not.toContain('ne sautez jamais');
  });

  it('keeps capitalising at the top level', () => {
    const advice = nextStepAdvice(5, 'en');
    expect(advice.heading).toBe('Tools of level 5');
    expect(advice.paragraphs).toHaveLength(1);
  });
});

describe('the intensity between two actors', () => {
  const partnerships = [
    { intensity: 2, partner: { id: 'b' } },
    { intensity: 4, partner: { id: 'c' } },
    { intensity: 3, partner: { id: 'b' } },
  ];
  it('is the strongest of their partnerships, 0 when they have none', () => {
    expect(currentIntensityBetween(partnerships, 'b')).toBe(3);
    expect(currentIntensityBetween(partnerships, 'z')).toBe(0);
  });
});

describe('toolbox URL', () => {
  it('reads family, intensity, level and the two actors, ignoring invalid values', () => {
    expect(parseToolboxParams(new URLSearchParams('family=BRIDGE&intensity=4&level=0&a=x&b=y'))).toEqual({ family: 'BRIDGE', intensity: 4, level: 0, a: 'x', b: 'y' });
    expect(parseToolboxParams(new URLSearchParams('family=OTHER&intensity=0&level=9'))).toEqual({ family: null, intensity: null, level: null, a: '', b: '' });
  });
});
