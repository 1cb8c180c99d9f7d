#pragma once

class LeadListWidget;

// For a list just constructed (no event processed since): waits for its stored layout, then
// selects every row of the list while only some of its pages are in memory (the model's cache
// is made small and the last row is read, so middle pages stay unloaded); returns the row count.
// Fails the test when the list is too short for a page to be missing.
int selectAllWithPagesMissing(LeadListWidget *list);
