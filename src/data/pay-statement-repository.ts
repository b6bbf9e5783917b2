import type { PayStatement, PayStatementLine } from '@/domain/pay/pay-statement';
import type { WorkbenchDb } from './db';

export interface PayStatementWithLines {
  statement: PayStatement;
  lines: PayStatementLine[];
}

export function createPayStatementRepository(db: WorkbenchDb) {
  return {
    /** Newest period first. */
    list(): Promise<PayStatement[]> {
      return db.payStatements.orderBy('period').reverse().toArray();
    },

    async findWithLines(statementId: string): Promise<PayStatementWithLines | undefined> {
      return db.transaction('r', [db.payStatements, db.payStatementLines], async () => {
        const statement = await db.payStatements.get(statementId);
        if (!statement) return undefined;
        const lines = await db.payStatementLines
          .where('statementId')
          .equals(statementId)
          .sortBy('order');
        return { statement, lines };
      });
    },
  };
}

export type PayStatementRepository = ReturnType<typeof createPayStatementRepository>;
