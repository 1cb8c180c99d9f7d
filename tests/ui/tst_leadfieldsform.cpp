// The form's side of the one description of the lead fields (LeadFieldDescriptors): every field
// marked for the form has an input named by the field's label, and a value set on the form's model
// reaches the stored lead after a save. The table, the list, the export and the history are
// checked against the same description in tests/storage/tst_leadfields.cpp.
#include <catch2/catch.hpp>

#include "formfixture.h"
#include "catchresult.h"

#include "lead.h"
#include "leadfielddescriptor.h"
#include "leadformdialog.h"
#include "leadmodel.h"
#include "leadrepository.h"
#include "leadsource.h"

#include <QSignalSpy>

#include <set>

namespace {

// The id of the fixture's record a reference field of `kind` can point to.
qint64 sampleReference(const FormFixture &fx, ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Company: return fx.acme;
    case ReferenceKind::Contact: return fx.petrov;
    case ReferenceKind::Campaign: return fx.campaign;
    case ReferenceKind::SellingDirection: return fx.directionA;
    case ReferenceKind::ServiceOrProduct: return fx.auditService;   // a service of directionA
    case ReferenceKind::Channel: return fx.channel;
    case ReferenceKind::Employee: return fx.agent.id;
    }
    return 0;
}

// A valid text for a field, already in the form the validator stores it in.
QString sampleText(LeadField field)
{
    switch (field) {
    case LeadField::CompanyWebsite: return QStringLiteral("https://example.com");
    case LeadField::CompanyTin: return QStringLiteral("7707083893");
    case LeadField::ContactPhone: return QStringLiteral("+7 (495) 765-43-21");
    case LeadField::ContactEmail: return QStringLiteral("buyer@example.com");
    default: return QStringLiteral("Sample ") + LeadFieldDescriptors::of(field).codeText();
    }
}

// What the model is given (an edit-role value) and what the stored lead must then read.
struct Sample
{
    QVariant edit;
    QVariant stored;
};

Sample sampleFor(const FormFixture &fx, const LeadFieldDescriptor &descriptor, bool newRecords)
{
    switch (descriptor.kind) {
    case LeadFieldKind::Text: return {sampleText(descriptor.field), sampleText(descriptor.field)};
    case LeadFieldKind::Flag: return {newRecords, newRecords};
    case LeadFieldKind::Reference: {
        const qint64 id = sampleReference(fx, descriptor.reference);
        return {id, id};
    }
    case LeadFieldKind::Source: {
        // The model takes the position in LeadSources::all() (what the combo box shows).
        const int position = 2;
        return {position, static_cast<int>(LeadSources::all().at(position))};
    }
    }
    return {};
}

} // namespace

TEST_CASE("Every field the description puts on the form has an input named by its label", "[ui][form][fields]")
{
    FormFixture fx;
    LeadFormDialog form(fx.session.get());
    int onForm = 0;
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        if (!descriptor.appearsIn(LeadFieldPlace::Form))
            continue;
        ++onForm;
        INFO(descriptor.code);
        QWidget *input = form.input(descriptor.field);
        REQUIRE(input);
        CHECK(input->accessibleName() == descriptor.labelText());
        CHECK(form.model()->headerData(LeadModel::column(descriptor.field), Qt::Horizontal).toString()
              == descriptor.labelText());
    }
    CHECK(onForm == LeadFieldCount);   // today every field is on the form
}

TEST_CASE("A value set on the form's model for every described field reaches the stored lead", "[ui][form][fields]")
{
    FormFixture fx;
    std::set<LeadField> checked;
    // Existing company and contact, then new ones: together they show every field of the form.
    for (const bool newRecords : {false, true}) {
        LeadFormDialog form(fx.session.get());
        form.show();
        LeadModel *model = form.model();
        // The check boxes first: they decide which other fields are shown (and so stored).
        REQUIRE(model->setField(LeadField::NewCompany, newRecords));
        REQUIRE(model->setField(LeadField::NewContact, newRecords));
        QList<const LeadFieldDescriptor *> shown;
        for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
            if (!descriptor.appearsIn(LeadFieldPlace::Form))
                continue;
            const Sample sample = sampleFor(fx, descriptor, newRecords);
            INFO(descriptor.code);
            REQUIRE(model->setField(descriptor.field, sample.edit));
            CHECK(model->field(descriptor.field) == sample.edit);
            if (model->rules().isShown(descriptor.field))
                shown.append(&descriptor);
        }
        QSignalSpy finished(&form, &LeadFormDialog::saveFinished);
        REQUIRE(form.save());
        REQUIRE(finished.wait());
        REQUIRE(finished.at(0).at(0).toBool());

        Lead stored = valueOf(LeadRepository(fx.db.connection()).find(form.leadId()));
        for (const LeadFieldDescriptor *descriptor : shown) {
            INFO(descriptor->code << (newRecords ? " (new company and contact)" : " (existing ones)"));
            CHECK(descriptor->read(stored) == sampleFor(fx, *descriptor, newRecords).stored);
            checked.insert(descriptor->field);
        }
    }
    for (const LeadFieldDescriptor &descriptor : LeadFieldDescriptors::all()) {
        INFO(descriptor.code);
        CHECK((!descriptor.appearsIn(LeadFieldPlace::Form) || checked.count(descriptor.field) == 1));
    }
}
