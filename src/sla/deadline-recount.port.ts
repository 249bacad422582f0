/**
 * How the SLA context has the ticket writer recount deadlines after an official schedule is
 * imported: the writer owns every ticket and stage row, so the recount is one of its commands.
 */
export abstract class DeadlineRecountPort {
  /** Recounts the ticket's open deadlines counted provisionally across `year`; returns how many moved (armed after commit). */
  abstract recountProvisional(ticketId: string, year: number, importedAt: Date): Promise<number>;
}
