#pragma once

// The kinds of reference data a lead points at.
enum class ReferenceKind {
    Company,
    Contact,
    Campaign,
    SellingDirection,
    ServiceOrProduct,
    Channel,
    Employee,
};
