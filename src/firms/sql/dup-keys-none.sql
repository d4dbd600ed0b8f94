-- No firm has a duplicated year: empty firm_dup_keys and firm_dup_rest of the right shape.
CREATE OR REPLACE TEMP TABLE firm_dup_keys AS SELECT firm_id, year FROM firm_checked WHERE FALSE;
CREATE OR REPLACE TEMP VIEW firm_dup_rest AS SELECT * FROM firm_checked WHERE FALSE;
