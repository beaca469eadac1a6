import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, scriptJson } from '../../src/report/escape.ts';
import { byteStep, dayChart, niceStep } from '../../src/report/svg-chart.ts';

describe('report page building blocks', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a> 😀 李雷`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; 😀 李雷');
  });

  it('keeps JSON from closing its script element', () => {
    const text = scriptJson(JSON.stringify({ cn: '</script><!-- \u2028' }));
    assert.doesNotMatch(text, /<|\u2028/);
    assert.deepEqual(JSON.parse(text), { cn: '</script><!-- \u2028' });
  });

  it('picks grid steps on round values: 1, 2, 5 times a power of ten, of a binary unit for bytes', () => {
    assert.deepEqual([0, 0.3, 1, 1.2, 2.5, 3, 7, 12, 26, 480].map(niceStep), [1, 1, 1, 2, 5, 5, 10, 20, 50, 500]);
    assert.equal(byteStep(300 * 1024 ** 2), 500 * 1024 ** 2);
    assert.equal(byteStep(1.5 * 1024 ** 3), 2 * 1024 ** 3);
    assert.equal(byteStep(700), 1000);
  });

  it('draws one bar per day and series, scaled to the grid, with tooltips and a table of the numbers', () => {
    const svg = dayChart({
      id: 'c',
      title: 'T <1>',
      description: 'D & d',
      labels: ['2026-11-01', '2026-11-02', '2026-11-03'],
      axisFormat: String,
      series: [
        { name: 'A', kind: 'bar', className: 's-a', values: [0, 4, 8], format: String },
        { name: 'B', kind: 'line', className: 's-b', values: [1, 2, 3], format: String },
      ],
    });
    const bars = [...svg.matchAll(/<rect class="s-a" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)">/g)];
    assert.equal(bars.length, 3);
    // Four grid steps of 2 reach 8: the highest bar fills the plot (232 units high), the middle one half.
    assert.deepEqual(bars.map((bar) => Number(bar[2])), [0, 116, 232]);
    assert.match(svg, /<title id="c-title">T &lt;1&gt;<\/title>/);
    assert.match(svg, /<desc id="c-desc">D &amp; d<\/desc>/);
    assert.match(svg, /<title>2026-11-03: A 8<\/title>/);
    assert.match(svg, /<polyline class="s-b" points="[\d., ]+"\/>/);
    assert.match(svg, /<tr><th scope="row">2026-11-02<\/th><td>4<\/td><td>2<\/td><\/tr>/);
  });
});
