// Bill, invoice, receipt, claim, bank-account, stay and case numbers ("account") and the generic
// labels of an insured person's number ("health_plan"), as hospital billing and administration
// systems print them in the world's main languages: "Facture n° 2024-11873", "N.º de factura:
// FV-2024-00981", "Rechnungs-Nr. 2024-00871", "Счёт № 2024-1187", "رقم الفاتورة: 2024558",
// "No. Kwitansi: KW/2024/00123", "Número do atendimento: 33120984", "N° d'affiliation :
// 12345678", "Mitgliedsnummer: 123456789". Read by the keyword scan exactly as the local labels
// (local_id_labels.cpp). HIPAA's Safe Harbor names account numbers as such, and a bill's, a
// receipt's or a claim's number keys the patient's account; a stay's (admission, episode, case)
// is the encounter's, an account as the English "encounter no." is.
// An ordinary noun of its language ("facture", "Rechnung", "счёт", "cuenta") is weak: the value
// needs "#", ":", "=" or a number word before it, or the strong shape of a record number, so that
// "Facture de 120,50 €", "Rechnung vom 12.03.2024" and "cuenta con 3 hijos" read nothing.
#include "local_id_labels.h"

#include "scan.h"

namespace concord::phi::detail {

namespace {

using C = PhiCategory;

constexpr LocalIdLabel kLabels[] = {
    // English: the bill (not the bare word, a given name: "Bill 555-1234"), the statement, the receipt, the remittance and the payment's reference,
    // the stay (admission, episode), the bank account (an IBAN is read by its shape and check
    // digits, scan_bank_numbers.cpp).
    {{"bill", "no"}, C::Account},
    {{"bill", "number"}, C::Account},
    {{"statement"}, C::Account, true},
    {{"statement", "no"}, C::Account},
    {{"statement", "number"}, C::Account},
    {{"receipt"}, C::Account, true},
    {{"receipt", "no"}, C::Account},
    {{"receipt", "number"}, C::Account},
    {{"remittance"}, C::Account, true},
    {{"remittance", "advice"}, C::Account},
    // Abbreviations of a billing screen: "Inv#: 55120", "INV NO 2024-00871", "Rcpt #: 0045521".
    // The voucher of a travel-assistance or an insurer's case: "el número de voucher es
    // MED-2024-642380".
    {{"voucher"}, C::Account, true},
    {{"inv"}, C::Account, true},
    {{"inv", "no"}, C::Account},
    {{"rcpt"}, C::Account, true},
    // A Medicare claim's internal control number and a payer's claim control number.
    {{"icn"}, C::Account, true, 13, 13},
    {{"claim", "control", "number"}, C::Account},
    {{"claim", "control", "no"}, C::Account},
    {{"payment", "reference"}, C::Account, true},
    {{"payment", "ref"}, C::Account, true},
    {{"admission", "no"}, C::Account},
    {{"admission", "number"}, C::Account},
    {{"episode", "no"}, C::Account},
    {{"episode", "number"}, C::Account},
    {{"bank", "account"}, C::Account},
    // French: the bill (facture), the receipt (reçu, quittance), the stay (séjour, admission), the
    // bank account (compte, RIB) and the insurer's claim (sinistre).
    {{"facture"}, C::Account, true},
    {{"reçu"}, C::Account, true},
    {{"recu"}, C::Account, true},
    {{"quittance"}, C::Account, true},
    {{"séjour"}, C::Account, true},
    {{"sejour"}, C::Account, true},
    {{"admission"}, C::Account, true},
    {{"dossier", "de", "facturation"}, C::Account},
    // (The prosecutor's file on a death, "N° de dossier du parquet : PQ-LBV-2024/17", as a
    // coroner's case number is read: a file of the proceeding on the person, seed 3434.)
    {{"dossier", "du", "parquet"}, C::Account},
    {{"compte"}, C::Account, true},
    {{"rib"}, C::Account, true, 10, 30},
    {{"sinistre"}, C::Account, true},
    // Spanish and Portuguese: the bill (factura, fatura), the receipt (recibo, comprobante, boleta,
    // folio), the bank account (cuenta, conta), the stay (admisión, episodio, atendimento, guia
    // of the Brazilian TISS), the electronic invoice (nota fiscal).
    {{"factura"}, C::Account, true},
    {{"fatura"}, C::Account, true},
    {{"recibo"}, C::Account, true},
    {{"comprobante"}, C::Account, true},
    {{"boleta"}, C::Account, true},
    {{"folio"}, C::Account, true},
    {{"cuenta"}, C::Account, true},
    {{"conta"}, C::Account, true},
    {{"admisión"}, C::Account, true},
    {{"admision"}, C::Account, true},
    {{"episodio"}, C::Account, true},
    {{"atendimento"}, C::Account, true},
    {{"atención"}, C::Account, true},
    {{"guia"}, C::Account, true},
    {{"nota", "fiscal"}, C::Account},
    // A pharmacy's dispensing or validation code for an e-prescription and a home-delivery order
    // key the patient's prescription and parcel as a bill keys the account: "Código de
    // dispensación: CD25686820940", "Código de validação: 903526", "Kode verifikasi apotek:
    // 708333", "Guía de paquetería: JD4644985486" (seed 3737). (An order, "pedido", stays no
    // PHI: earlier families' laboratory and purchase orders.)
    {{"código", "de", "dispensación"}, C::Account},
    {{"codigo", "de", "dispensacion"}, C::Account},
    {{"código", "de", "validação"}, C::Account},
    {{"codigo", "de", "validacao"}, C::Account},
    {{"kode", "verifikasi", "apotek"}, C::Account},
    {{"kode", "verifikasi", "resep"}, C::Account},
    // An e-prescription's number: "PRESCRIPTION: ERX-2027-1759691, DATED 26/08/2025" (seed 3737).
    {{"prescription"}, C::Account, true, 6, 20},
    {{"guía", "de", "paquetería"}, C::Account},
    {{"guia", "de", "paqueteria"}, C::Account},
    // Latin America's bank account keys: Mexico's CLABE (eighteen digits), Argentina's CBU and
    // CVU (twenty-two).
    {{"clabe"}, C::Account, false, 18, 18},
    {{"cbu"}, C::Account, false, 22, 22},
    {{"cvu"}, C::Account, false, 22, 22},
    // German: the bill (Rechnung), the receipt (Beleg, Quittung), the case of the stay (Fall,
    // Aufnahme), the account (Konto), the payment's reference (Kassenzeichen), the claim (Schaden).
    {{"rechnung"}, C::Account, true},
    {{"rechnungsnummer"}, C::Account},
    {{"rechnungsnr"}, C::Account},
    {{"rechnungs", "nr"}, C::Account},
    {{"rechnung", "nr"}, C::Account},
    {{"fallnummer"}, C::Account},
    {{"fallnr"}, C::Account},
    {{"fall", "nr"}, C::Account},
    {{"aufnahmenummer"}, C::Account},
    {{"aufnahmenr"}, C::Account},
    {{"aufnahme", "nr"}, C::Account},
    {{"kontonummer"}, C::Account},
    {{"kontonr"}, C::Account},
    {{"konto", "nr"}, C::Account},
    {{"konto"}, C::Account, true},
    // The file reference of a complaint or a proceeding about one patient (Aktenzeichen), seed
    // 3535. (Its abbreviation "Az." is left: "AZ" is also Arizona before a ZIP code.)
    {{"aktenzeichen"}, C::Account},
    // An incident about one patient is a case of the institution's incident system: Australia's
    // RiskMan ("INCIDENT REPORT (SAC 1) - RiskMan RM-077987"), a report to the Dutch inspectorate
    // ("Melding IGJ 2434-7066") and an Indian medico-legal case ("MLC no. MLC/626/2025"), seed 3535.
    {{"riskman"}, C::Account},
    {{"melding", "igj"}, C::Account},
    {{"mlc", "no"}, C::Account},
    {{"mlc", "number"}, C::Account},
    {{"belegnummer"}, C::Account},
    {{"beleg", "nr"}, C::Account},
    {{"quittung"}, C::Account, true},
    {{"kassenzeichen"}, C::Account},
    {{"abrechnungsnummer"}, C::Account},
    {{"schadennummer"}, C::Account},
    {{"schaden", "nr"}, C::Account},
    {{"vorgangsnummer"}, C::Account},
    // Italian: the bill (fattura), the receipt (ricevuta), the stay (ricovero, the admission's
    // "nosologico"), the file (pratica), the account (conto).
    {{"fattura"}, C::Account, true},
    {{"ricevuta"}, C::Account, true},
    {{"ricovero"}, C::Account, true},
    {{"nosologico"}, C::Account},
    {{"pratica"}, C::Account, true},
    {{"conto"}, C::Account, true},
    // Dutch, Scandinavian, Finnish, Estonian, Hungarian: the bill (factuur, faktura, lasku, arve,
    // számla), the stay (opname), the account (rekening, konto, tili), the case (ärende, sak,
    // sag), the payment's reference (betalingskenmerk, viitenumero, viitenumber).
    {{"factuur"}, C::Account, true},
    {{"factuurnummer"}, C::Account},
    {{"factuurnr"}, C::Account},
    {{"opnamenummer"}, C::Account},
    {{"opname", "nr"}, C::Account},
    {{"rekeningnummer"}, C::Account},
    {{"rekening"}, C::Account, true},
    {{"declaratienummer"}, C::Account},
    {{"betalingskenmerk"}, C::Account},
    {{"fakturanummer"}, C::Account},
    {{"faktura"}, C::Account, true},
    {{"faktury"}, C::Account, true},
    {{"ärendenummer"}, C::Account},
    {{"arendenummer"}, C::Account},
    {{"saksnummer"}, C::Account},
    {{"sagsnummer"}, C::Account},
    {{"lasku"}, C::Account, true},
    {{"laskun", "numero"}, C::Account},
    {{"tilinumero"}, C::Account},
    {{"viitenumero"}, C::Account},
    {{"viitenumber"}, C::Account},
    {{"arve"}, C::Account, true},
    {{"számla"}, C::Account, true},
    {{"számlaszám"}, C::Account},
    {{"szamlaszam"}, C::Account},
    // Polish, Czech, Romanian: the bill (rachunek, účet, chitanță) and the account (konto, cont).
    {{"rachunek"}, C::Account, true},
    {{"rachunku"}, C::Account, true},
    {{"účet"}, C::Account, true},
    {{"účtu"}, C::Account, true},
    {{"factură"}, C::Account, true},
    {{"facturii"}, C::Account, true},
    {{"chitanța"}, C::Account, true},
    {{"chitanță"}, C::Account, true},
    {{"chitanta"}, C::Account, true},
    // Russian, Ukrainian, Bulgarian, Serbian: the bill or account (счёт, счет, рахунок, рачун,
    // фактура), the receipt (квитанция, квитанція, чек), the contract of paid care (договор).
    {{"\u0441\u0447\u0451\u0442"}, C::Account, true},                   // счёт
    {{"\u0441\u0447\u0435\u0442"}, C::Account, true},                   // счет
    {{"\u0441\u0447\u0451\u0442\u0430"}, C::Account, true},             // счёта
    {{"\u0441\u0447\u0435\u0442\u0430"}, C::Account, true},             // счета
    {{"\u043a\u0432\u0438\u0442\u0430\u043d\u0446\u0438\u044f"}, C::Account, true},  // квитанция
    {{"\u043a\u0432\u0438\u0442\u0430\u043d\u0446\u0438\u0438"}, C::Account, true},  // квитанции
    {{"\u043a\u0432\u0438\u0442\u0430\u043d\u0446\u0456\u044f"}, C::Account, true},  // квитанція
    {{"\u0440\u0430\u0445\u0443\u043d\u043e\u043a"}, C::Account, true},  // рахунок
    {{"\u0440\u0430\u0445\u0443\u043d\u043a\u0443"}, C::Account, true},  // рахунку
    {{"\u0440\u0430\u0447\u0443\u043d"}, C::Account, true},             // рачун
    {{"\u0444\u0430\u043a\u0442\u0443\u0440\u0430"}, C::Account, true},  // фактура
    {{"\u0434\u043e\u0433\u043e\u0432\u043e\u0440"}, C::Account, true},  // договор
    {{"\u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430"}, C::Account, true},  // договора
    // Greek: the invoice (τιμολόγιο) and the receipt (απόδειξη).
    {{"\u03c4\u03b9\u03bc\u03bf\u03bb\u03cc\u03b3\u03b9\u03bf"}, C::Account, true},  // τιμολόγιο
    {{"\u03b1\u03c0\u03cc\u03b4\u03b5\u03b9\u03be\u03b7"}, C::Account, true},        // απόδειξη
    // Arabic: the invoice (فاتورة), the account (حساب), the receipt (إيصال), the claim (مطالبة),
    // with and without the article, after "رقم" (number, a filler).
    {{"\u0627\u0644\u0641\u0627\u062a\u0648\u0631\u0629"}, C::Account, true},  // الفاتورة
    {{"\u0641\u0627\u062a\u0648\u0631\u0629"}, C::Account, true},              // فاتورة
    {{"\u0627\u0644\u062d\u0633\u0627\u0628"}, C::Account, true},              // الحساب
    {{"\u062d\u0633\u0627\u0628"}, C::Account, true},                          // حساب
    {{"\u0627\u0644\u0625\u064a\u0635\u0627\u0644"}, C::Account, true},        // الإيصال
    {{"\u0627\u0644\u0627\u064a\u0635\u0627\u0644"}, C::Account, true},        // الايصال
    {{"\u0625\u064a\u0635\u0627\u0644"}, C::Account, true},                    // إيصال
    {{"\u0627\u0644\u0645\u0637\u0627\u0644\u0628\u0629"}, C::Account, true},  // المطالبة
    {{"\u0645\u0637\u0627\u0644\u0628\u0629"}, C::Account, true},              // مطالبة
    // Persian: the invoice (فاکتور, صورتحساب), the receipt (رسید, قبض), the admission (پذیرش).
    {{"\u0641\u0627\u06a9\u062a\u0648\u0631"}, C::Account, true},              // فاکتور
    {{"\u0635\u0648\u0631\u062a\u062d\u0633\u0627\u0628"}, C::Account, true},  // صورتحساب
    {{"\u0631\u0633\u06cc\u062f"}, C::Account, true},                          // رسید
    {{"\u0642\u0628\u0636"}, C::Account, true},                                // قبض
    {{"\u067e\u0630\u06cc\u0631\u0634"}, C::Account, true},                    // پذیرش
    // Turkish: the account (hesap), the receipt (makbuz, dekont). (Not the laboratory's "Protokol"
    // number, which the twenty-seventh family keeps as no person's.)
    {{"hesap"}, C::Account, true},
    {{"makbuz"}, C::Account, true},
    {{"dekont"}, C::Account, true},
    // Indonesian and Malay: the receipt (kwitansi, kuitansi, resit), the bill (tagihan, faktur,
    // invois), the account (rekening above, akaun), the claim (klaim, tuntutan).
    {{"kwitansi"}, C::Account, true},
    {{"kuitansi"}, C::Account, true},
    {{"tagihan"}, C::Account, true},
    {{"faktur"}, C::Account, true},
    {{"invois"}, C::Account, true},
    {{"resit"}, C::Account, true},
    {{"akaun"}, C::Account, true},
    {{"klaim"}, C::Account, true},
    {{"tuntutan"}, C::Account, true},
    // Swahili: the bill (ankara, only after "ya": the bare word is also Turkey's capital), the
    // receipt (risiti, stakabadhi), the account (akaunti).
    {{"ya", "ankara"}, C::Account},
    {{"risiti"}, C::Account, true},
    {{"stakabadhi"}, C::Account, true},
    {{"akaunti"}, C::Account, true},
    // Hindi: the bill (बिल), the invoice (चालान), the receipt (रसीद), the account (खाता).
    {{"\u092c\u093f\u0932"}, C::Account, true},                    // बिल
    {{"\u091a\u093e\u0932\u093e\u0928"}, C::Account, true},        // चालान
    {{"\u0930\u0938\u0940\u0926"}, C::Account, true},              // रसीद
    {{"\u0916\u093e\u0924\u093e"}, C::Account, true},              // खाता
    // Vietnamese: the invoice (hóa đơn) and the account (tài khoản).
    {{"hóa", "đơn"}, C::Account},
    {{"hoá", "đơn"}, C::Account},
    {{"hoa", "don"}, C::Account},
    {{"tài", "khoản"}, C::Account},
    {{"tai", "khoan"}, C::Account},

    // The insured person's number under the generic labels: the member, the affiliate, the
    // insured, the beneficiary, the policy.
    {{"affiliation"}, C::HealthPlan, true},
    {{"affilié"}, C::HealthPlan, true},
    {{"affilie"}, C::HealthPlan, true},
    {{"adhérent"}, C::HealthPlan, true},
    {{"adherent"}, C::HealthPlan, true},
    {{"assuré"}, C::HealthPlan, true},
    {{"afiliado"}, C::HealthPlan, true},
    {{"afiliada"}, C::HealthPlan, true},
    {{"asegurado"}, C::HealthPlan, true},
    {{"asegurada"}, C::HealthPlan, true},
    {{"beneficiario"}, C::HealthPlan, true},
    {{"beneficiaria"}, C::HealthPlan, true},
    {{"beneficiário"}, C::HealthPlan, true},
    {{"beneficiária"}, C::HealthPlan, true},
    {{"derechohabiente"}, C::HealthPlan, true},
    {{"segurado"}, C::HealthPlan, true},
    {{"carteirinha"}, C::HealthPlan, true},
    {{"mitgliedsnummer"}, C::HealthPlan},
    {{"mitglieds", "nr"}, C::HealthPlan},
    {{"versicherungsnummer"}, C::HealthPlan},
    {{"versicherungs", "nr"}, C::HealthPlan},
    {{"polizza"}, C::HealthPlan, true},
    {{"verzekeringsnummer"}, C::HealthPlan},
    {{"lidnummer"}, C::HealthPlan},
    {{"insured"}, C::HealthPlan, true, 6, 20},  // (bound, so that a phone is no number: "Insured no.: 555-1234")
    {{"insured", "id"}, C::HealthPlan},
    {{"insured", "number"}, C::HealthPlan},
    {{"membership", "number"}, C::HealthPlan},
    {{"membership", "no"}, C::HealthPlan},
    {{"sigorta"}, C::HealthPlan, true},
    {{"poliçe"}, C::HealthPlan, true},
    {{"peserta"}, C::HealthPlan, true},
    {{"jkn"}, C::HealthPlan, true, 8, 16},
    {{"kis"}, C::HealthPlan, true, 13, 13},
    {{"asuransi"}, C::HealthPlan, true},
    {{"polis"}, C::HealthPlan, true},
    {{"bima"}, C::HealthPlan, true},
    {{"\u092c\u0940\u092e\u093e"}, C::HealthPlan, true},  // बीमा
    {{"\u0628\u06cc\u0645\u0647"}, C::HealthPlan, true},  // بیمه
    {{"\u062f\u0641\u062a\u0631\u0686\u0647", "\u0628\u06cc\u0645\u0647"}, C::HealthPlan},  // دفترچه بیمه
    {{"\u0627\u0644\u062a\u0623\u0645\u064a\u0646"}, C::HealthPlan, true},  // التأمين
    {{"\u0628\u0637\u0627\u0642\u0629", "\u0627\u0644\u062a\u0623\u0645\u064a\u0646"}, C::HealthPlan},  // بطاقة التأمين
    {{"\u0627\u0644\u0639\u0636\u0648\u064a\u0629"}, C::HealthPlan, true},  // العضوية
    {{"\u0627\u0644\u0645\u0624\u0645\u0646"}, C::HealthPlan, true},        // المؤمن
    {{"\u0627\u0644\u0645\u0633\u062a\u0641\u064a\u062f"}, C::HealthPlan, true},  // المستفيد
    // A label's nouns say whose number it is: an insurance certificate is the cover's (not a
    // licence's), a dependent's ID the member's, a guarantor's number the account's; the health
    // insurance card in Spanish, Portuguese and German.
    {{"insurance", "certificate"}, C::HealthPlan},
    {{"dependent", "id"}, C::HealthPlan},
    {{"dependant", "id"}, C::HealthPlan},
    {{"guarantor", "no"}, C::Account},
    {{"guarantor", "number"}, C::Account},
    {{"seguro", "médico"}, C::HealthPlan},
    {{"seguro", "medico"}, C::HealthPlan},
    {{"plano", "de", "saúde"}, C::HealthPlan},
    {{"plano", "de", "saude"}, C::HealthPlan},
    {{"krankenversicherungskarte"}, C::HealthPlan},
    {{"carteirinha", "do", "plano"}, C::HealthPlan},
    {{"carnet", "de", "afiliación"}, C::HealthPlan},
    {{"carnet", "de", "afiliacion"}, C::HealthPlan},
    {{"policy", "holder", "id"}, C::HealthPlan},
    {{"policyholder", "id"}, C::HealthPlan},
    // Spain's and Latin America's social security (the NUSS, Mexico's NSS of the IMSS), whose
    // number is the person's health cover.
    {{"seguridad", "social"}, C::HealthPlan},
    {{"seguro", "social"}, C::HealthPlan},
    {{"carteira", "do", "plano"}, C::HealthPlan},
    // Insurers and schemes whose member numbers no table read yet: Chile's FONASA (the member's
    // RUT, "12.345.678-9"), Mexico's ISSSTE and IMSS, Paraguay's IPS, Morocco's AMO and RAMED,
    // Madagascar's CNaPS, Estonia's Haigekassa, Germany's AOK and Barmer, Indonesia's "BPJS
    // Kesehatan", India's Ayushman card (weak where the acronym is also a word or an abbreviation,
    // and bound to the number's digits: "AMO 500 mg", "IPS 2", "FONASA tramo B").
    {{"fonasa"}, C::HealthPlan, true, 7, 9},
    {{"issste"}, C::HealthPlan, true, 8, 13},
    {{"imss"}, C::HealthPlan, true, 10, 11},
    {{"ips"}, C::HealthPlan, true, 6, 10},
    {{"amo"}, C::HealthPlan, true, 8, 13},
    {{"ramed"}, C::HealthPlan, false, 8, 13},
    {{"cnaps"}, C::HealthPlan, true, 6, 12},
    {{"haigekassa"}, C::HealthPlan},
    {{"aok"}, C::HealthPlan, true, 9, 10},
    {{"barmer"}, C::HealthPlan, true, 9, 10},
    {{"bpjs", "kesehatan"}, C::HealthPlan},
    // Private insurers and national schemes named before the member's number: Medibank and Bupa
    // (Australia, the UK), Chile's ISAPRE, Germany's DAK, El Salvador's ISSS, Panama's and
    // Switzerland's CSS, Uruguay's BPS, India's ECHS card, the UK's GHIC (the EHIC's successor),
    // Mexico's Seguro Popular and INSABI, France's CNAM-TS, the Philippine PhilHealth
    // Identification Number, the Portuguese apólice (policy).
    {{"medibank"}, C::HealthPlan, false, 6, 12},
    {{"bupa"}, C::HealthPlan, false, 6, 12},
    {{"isapre"}, C::HealthPlan, true, 6, 12},
    {{"dak"}, C::HealthPlan, true, 9, 10},
    {{"isss"}, C::HealthPlan, true, 6, 12},
    {{"css"}, C::HealthPlan, true, 6, 12},
    {{"bps"}, C::HealthPlan, true, 6, 10},
    {{"echs"}, C::HealthPlan, true, 6, 16},
    {{"echs", "card"}, C::HealthPlan},
    {{"ghic"}, C::HealthPlan},
    {{"seguro", "popular"}, C::HealthPlan},
    {{"insabi"}, C::HealthPlan, true, 6, 18},
    {{"cnam", "ts"}, C::HealthPlan},
    {{"philhealth", "identification", "number"}, C::HealthPlan},
    {{"apólice"}, C::HealthPlan, true},
    {{"apolice"}, C::HealthPlan, true},
    {{"\u0906\u092f\u0941\u0937\u094d\u092e\u093e\u0928", "\u0915\u093e\u0930\u094d\u0921"}, C::HealthPlan},  // आयुष्मान कार्ड    // Billing offices of the thirty-second family's countries: the bill in Latvian (rēķins),
    // Slovenian (račun), Azerbaijani (hesab; the receipt, qəbz), Belarusian (рахунак),
    // Kinyarwanda (fagitire), Malagasy (faktiora); the estimate (French devis), Paraguay's cash
    // invoice (factura contado) and electronic invoice, the French payment receipt (reçu de
    // paiement); a payment plan (payment plan, plan or convenio de pago); a prior authorisation's
    // request (solicitud, Latvian pieprasījums: one person's request, the family's judgement);
    // a Slovenian court's file (opravilna številka, "Opr. št."). Ordinary nouns all, so weak.
    {{"rēķins"}, C::Account, true},
    {{"rēķinu"}, C::Account, true},
    {{"rēķins", "ārvalstu", "pacientam"}, C::Account},  // a bill to a foreign patient
    {{"facture", "de", "sortie"}, C::Account},  // the discharge bill
    {{"hospital", "bill"}, C::Account, true},
    {{"outstanding", "bill"}, C::Account, true},
    {{"\u0628\u0644", "\u0634\u0645\u06d0\u0631\u0647"}, C::Account},  // بل شمېره (Pashto: bill number)
    {{"rēķina"}, C::Account, true},
    {{"račun"}, C::Account, true},
    {{"racun"}, C::Account, true},
    {{"račun", "št"}, C::Account},  // "Račun št." (številka, number)
    {{"racun", "st"}, C::Account},
    {{"hesab"}, C::Account, true},
    {{"qəbz"}, C::Account, true},
    {{"qəbzi"}, C::Account, true},
    {{"qƏbzİ"}, C::Account, true},  // "QƏBZİ" in capitals, lowered (Ə and İ have no fold here)
    {{"\u0440\u0430\u0445\u0443\u043d\u0430\u043a"}, C::Account, true},  // рахунак
    {{"fagitire"}, C::Account, true},
    {{"fagitire", "yawe"}, C::Account, true},  // "your invoice"
    {{"faktiora"}, C::Account, true},
    {{"devis"}, C::Account, true},
    {{"factura", "contado"}, C::Account},
    {{"factura", "electrónica"}, C::Account},
    {{"factura", "electronica"}, C::Account},
    {{"reçu", "de", "paiement"}, C::Account},
    {{"recu", "de", "paiement"}, C::Account},
    {{"payment", "plan"}, C::Account, true},
    {{"plan", "de", "pago"}, C::Account},
    {{"convenio", "de", "pago"}, C::Account},
    {{"solicitud"}, C::Account, true},
    {{"pieprasījums"}, C::Account, true},
    {{"opr", "št"}, C::Account},
    // A patient's cost estimate (English "estimate"; weak: "estimate 2 days"), an incident report
    // about one patient (English; French "événement indésirable", an adverse event), the
    // Icelandic bill (reikningur, "Reikningur nr."), the Slovenian bill in the genitive ("zaradi
    // računa FA-…", about the bill) and a Slovenian court's or ombudsman's file ("Št. zadeve:").
    {{"estimate"}, C::Account, true},
    {{"incident", "report"}, C::Account, true},
    {{"événement", "indésirable"}, C::Account, true},
    {{"evenement", "indesirable"}, C::Account, true},
    {{"reikningur"}, C::Account, true},
    {{"reikningur", "nr"}, C::Account},
    {{"računa"}, C::Account, true},
    {{"racuna"}, C::Account, true},
    {{"št", "zadeve"}, C::Account},
    {{"st", "zadeve"}, C::Account},
    // Schemes of those countries named before the member's number: Rwanda's community health
    // insurance (mutuelle de santé), Azerbaijan's compulsory insurance (sığorta nömrəsi), a
    // Uruguayan mutualista's member (socio; weak, bound to a membership number's digits).
    // (A mutual insurer's word alone is weak; its name may stand before the colon, see
    // scan_identifiers.cpp: "Mutuelle de la Fonction Publique : ...".)
    {{"mutuelle"}, C::HealthPlan, true},
    {{"mutuelle", "de", "santé"}, C::HealthPlan},
    {{"mutuelle", "de", "sante"}, C::HealthPlan},
    {{"sığorta", "nömrəsi"}, C::HealthPlan},
    // The French insurance policy ("police d'assurance") on an insurance line: "Assurance : police
    // POL-5811-792485" (scan_identifiers.cpp reads it only after an insurance word on its line, as
    // an English "police" is the force).
    {{"police"}, C::HealthPlan, true},
    {{"socio"}, C::HealthPlan, true, 5, 10},
    // The Slovenian payer (plačnik) on a bill, when a number follows it, is the insured person's
    // nine-digit ZZZS number ("Plačnik: 156174781"); the payer's name has no digits.
    {{"plačnik"}, C::HealthPlan, true, 8, 9},
    {{"placnik"}, C::HealthPlan, true, 8, 9},
    // The thirty-third family's round. A ration card and a household's number register a
    // family for a camp's or a state's distribution, the household's file: "Ration card: RC-552-
    // 118203", French "Carte de ration", Spanish "tarjeta de racionamiento", Arabic بطاقة التموين,
    // "N° de ménage : 412-88B10233"; and an incident report's own number about one patient's fall
    // or error ("PATIENT FALL REPORT  Incident no. IR-5520193"), an account as the report is (an
    // organisation's security incident is left, see scan_identifiers.cpp).
    {{"ration", "card"}, C::Account},
    {{"carte", "de", "ration"}, C::Account},
    {{"tarjeta", "de", "racionamiento"}, C::Account},
    {{"cartão", "de", "racionamento"}, C::Account},
    {{"\u0628\u0637\u0627\u0642\u0629", "\u0627\u0644\u062a\u0645\u0648\u064a\u0646"}, C::Account},  // بطاقة التموين
    {{"household", "no"}, C::Account},
    {{"household", "number"}, C::Account},
    {{"n°", "de", "ménage"}, C::Account},
    {{"n°", "de", "menage"}, C::Account},
    {{"nº", "de", "ménage"}, C::Account},
    {{"no", "de", "ménage"}, C::Account},
    {{"numéro", "de", "ménage"}, C::Account},
    {{"numero", "de", "menage"}, C::Account},
    {{"incident", "no"}, C::Account},
    {{"incident", "number"}, C::Account},
    // Insurers and schemes: Islamic insurance (takaful, Malaysia, Brunei, the Gulf), Malawi's
    // Medical Aid Society (MASM), Sierra Leone's social health insurance (SLeSHI), Benin's ARCH
    // (weak and bound to a mark: "aortic arch"), a military family's entitlement to care
    // ("entitlement no. ENT-552019").
    {{"takaful"}, C::HealthPlan, true},
    {{"masm"}, C::HealthPlan, true},
    {{"sleshi"}, C::HealthPlan},
    {{"sleshi", "no"}, C::HealthPlan},
    {{"arch"}, C::HealthPlan, true},
    {{"entitlement", "no"}, C::HealthPlan},
    {{"entitlement", "number"}, C::HealthPlan},
    // Social health insurers of small states, named by their acronyms: Andorra's CASS ("Núm. CASS:
    // 210609-0"), San Marino's ISS ("Codice ISS: 007293"), Burkina Faso's universal insurance AMU
    // (bound to a mark: the atomic mass unit), Cabo Verde's INPS, Bahrain's Sehati card, Cyprus's
    // GESY and its beneficiary's number ("Αρ. Δικαιούχου: 48693831").
    {{"cass"}, C::HealthPlan, true},
    {{"codice", "iss"}, C::HealthPlan},
    {{"amu"}, C::HealthPlan, true},
    {{"inps"}, C::HealthPlan, true},
    {{"sehati"}, C::HealthPlan, true},
    {{"sehati", "card"}, C::HealthPlan},
    {{"gesy"}, C::HealthPlan, true},
    {{"αρ", "δικαιούχου"}, C::HealthPlan},
    {{"αριθμός", "δικαιούχου"}, C::HealthPlan},
};

}  // namespace

std::span<const LocalIdLabel> accountPlanLabels() { return kLabels; }

bool isMarkOnlyLabel(std::string_view lower) {
  // Acronyms of schemes that are also a technology's, a score's or a drug's ("CSS 12345678
  // bytes", "BPS 12345678 firmware", "AMO 12345678 sessions"): their number needs a "#", ":",
  // "=" or number word, even when its shape is strong. So does a prescription, whose bare word
  // heads a drug (seed 3737).
  static constexpr std::string_view kWords[] = {"css", "bps", "amo", "ips",     "isss",     "dak", "icn",
                                                "aok", "jkn", "kis", "cnaps", "sigorta", "statement", "arch",
                                                "amu", "prescription"};
  return listHas(kWords, lower);
}

}  // namespace concord::phi::detail
