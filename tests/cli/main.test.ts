import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.ts';
import { smallFilmTrig, tempDataset, type TempDataset } from '../helpers/tempDataset.ts';

let temp: TempDataset | undefined;
afterEach(() => temp?.remove());

describe('filmgraph command line', () => {
  it('lists its commands with --help, and each command has its own --help', () => {
    const top = runCli(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/validate/);
    expect(top.stdout).toMatch(/import/);
    for (const [command, says] of [['validate', /SHACL/], ['import', /--out <file>/]] as const) {
      const help = runCli([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(says);
      expect(help.stdout).toMatch(/--base <iri>/);
    }
  });

  it('refuses an unknown command with a message and a non-zero exit code', () => {
    const run = runCli(['frobnicate']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it('validates the shipped data and prints the summary', () => {
    const run = runCli(['validate']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^valid: /);
    expect(run.stdout).toMatch(/films: 1\n/);
    expect(run.stdout).toMatch(/reviews: 7\n/);
    expect(run.stdout).toMatch(/nominations: 17 \(fg:NominatedNotWon 11, fg:OutcomeNotEstablished 4, fg:Won 2\)/);
    expect(run.stdout).toMatch(/<graph\/page\/de-rouille-et-d-os-2012>/);
  });

  it('stops on invalid data with a report naming file, node and property, and no stack trace', () => {
    temp = tempDataset({ 'films/bad.trig': smallFilmTrig('<film/x-2000/review/r> a schema:Review ; schema:reviewBody "Hm."@en .') });
    const run = runCli(['validate', '--data', temp.dataDir, '--ontology', temp.ontologyDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/films\/bad\.trig: <film\/x-2000\/review\/r> schema:itemReviewed: a review names exactly one reviewed film/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('takes the base IRI from the flag over the environment, and refuses a bad one', () => {
    const fromEnv = runCli(['validate'], { BASE_IRI: 'ftp://nowhere/' });
    expect(fromEnv.status).toBe(1);
    expect(fromEnv.stderr).toMatch(/base IRI "ftp:\/\/nowhere\/" must use http or https/);
    const flagWins = runCli(['validate', '--base', 'https://films.example.org/'], { BASE_IRI: 'ftp://nowhere/' });
    expect(flagWins.status).toBe(0);
  });
});
