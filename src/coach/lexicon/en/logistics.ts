// The practical side of a separation: what two people share and who else is involved in untangling it.
// Used by rules that leave logistics alone ("I need an answer on the sofa by Friday, only because the
// van comes"): a deadline about things is not pressure on the heart. Alternations without a group.

/** Things, homes and bills two people share: "an answer on the sofa", "a decision about the lease". */
export const JOINT_BELONGINGS =
  'sofa|couch|piano|car|flat|house|lease|deposit|furniture|boxes|bike|dog|cat|tickets|mortgage|tenancy|storage|van|things|stuff|table|bed|tv|desk|fridge|washing machine|bills?'

/** Third parties whose timing sets a practical deadline: "only because the landlord…". */
export const LOGISTICS_PARTIES =
  'landlord|letting agent|agent|removal|removals|movers|van|bank|solicitor|school|council|buyers?|estate agent'

/** Whose timetable makes a date practical: "only because the charity collects on Saturday". */
export const BECAUSE_PARTIES =
  'charity|charity shop|collectors?|bin men|caretaker|nursery|hospital|clinic|vet|venue|caterers?|registrar|airline|hotel|garage|mechanic|plumber|builders?|insurers?|insurance|hospice|mediator|court'

/** Who asks for an answer by a date: "the school needs to know", "the venue wants numbers". */
export const ASKING_PARTIES =
  'school|nursery|venue|caterers?|registrar|hotel|airline|insurers?|bank|solicitor|mediator|court|council|landlord|agent|charity|vet|hospital|clinic|hospice|travel agent|removal company|removals'
