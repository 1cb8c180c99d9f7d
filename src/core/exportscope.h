#pragma once

// Which leads an export writes.
enum class ExportScope {
    AllLeads,        // every lead, by number
    SelectedLeads,   // LeadExportRequest::leadIds, in that order
    View,            // the rows of a lead list view: its filter, search and sort (LeadListSql)
};
