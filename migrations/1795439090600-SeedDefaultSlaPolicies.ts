import { MigrationInterface, QueryRunner } from 'typeorm';
import { seedDefaultPolicies } from '../src/sla/default-policies';

/** DOMAIN §5 default policies, inserted only into an empty table (operators own the rows afterwards). */
export class SeedDefaultSlaPolicies1795439090600 implements MigrationInterface {
  name = 'SeedDefaultSlaPolicies1795439090600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await seedDefaultPolicies(queryRunner.manager);
  }

  public async down(): Promise<void> {
    // Policies are operator data from here on; reverting must not delete them.
  }
}
