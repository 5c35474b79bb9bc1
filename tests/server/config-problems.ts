import { expect } from 'vitest';
import { DeploymentConfigError, parseDeploymentConfig } from '../../src/server/deployment-config.ts';

/** Returns the message listing every problem parseDeploymentConfig finds in `raw`; fails the test when it accepts it. */
export function configProblemsOf(raw: unknown): string {
  try {
    parseDeploymentConfig(raw, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DeploymentConfigError);
    return (error as Error).message;
  }
  throw new Error('parseDeploymentConfig accepted an invalid config');
}
