import Store

/// Declarations 2: the indexes the list's search reads (`DeclarationSearch`), one per searched
/// column under each owner (a broker's list, a trader's), so a prefix search of the number, B/L,
/// contract or reference, and a look-up by trader, read only the rows they find; the reference
/// indexes also give exports their stable order (reference, revision).
enum DeclarationSearchSchema {
    static let migration = Migration(name: "declaration search indexes", sql: """
    CREATE INDEX declaration_broker_number ON declaration(broker_id, number);
    CREATE INDEX declaration_broker_bill ON declaration(broker_id, bill_no);
    CREATE INDEX declaration_broker_contract ON declaration(broker_id, contract_no);
    CREATE INDEX declaration_broker_ref ON declaration(broker_id, trader_ref, revision, id);
    CREATE INDEX declaration_broker_trader ON declaration(broker_id, trader_id);
    CREATE INDEX declaration_broker_trader_code ON declaration(broker_id, trader_code);
    CREATE INDEX declaration_broker_trader_name ON declaration(broker_id, trader_name);
    CREATE INDEX declaration_trader_number ON declaration(trader_id, number);
    CREATE INDEX declaration_trader_bill ON declaration(trader_id, bill_no);
    CREATE INDEX declaration_trader_contract ON declaration(trader_id, contract_no);
    CREATE INDEX declaration_trader_owner_ref ON declaration(trader_id, trader_ref, revision, id);
    CREATE INDEX declaration_trader_owner_code ON declaration(trader_id, trader_code);
    -- An officer's queue searches every owner's declarations: the reference alone.
    CREATE INDEX declaration_ref ON declaration(trader_ref);
    """)
}
