/// Suburbs of the Western Water area and nearby, with their postcodes, rough relative
/// populations and a few of their streets, so synthetic addresses look like the real service
/// area.
enum SyntheticPlaces {
    struct Suburb: Sendable {
        let name: String
        let postcode: String
        /// Within Melbourne Water's waterways-charge area (billed annually, Charter 4.1).
        let waterwaysCharge: Bool
        /// A typical household's daily use here, in litres: gardens are bigger out of town.
        let typicalDailyLitres: Int
        let streets: [String]
    }

    static let suburbs = WeightedTable<Suburb>([
        (Suburb(name: "Sunbury", postcode: "3429", waterwaysCharge: true, typicalDailyLitres: 430,
                streets: ["Evans Street", "Macedon Street", "Station Street", "Gap Road", "Elizabeth Drive", "Riddell Road", "Horne Street", "O'Shanassy Street"]), 380),
        (Suburb(name: "Diggers Rest", postcode: "3427", waterwaysCharge: true, typicalDailyLitres: 470,
                streets: ["Plumpton Road", "Old Calder Highway", "Bulla Road", "Ryan Street"]), 45),
        (Suburb(name: "Melton", postcode: "3337", waterwaysCharge: true, typicalDailyLitres: 420,
                streets: ["High Street", "Station Road", "Unitt Street", "Yuille Street", "Coburns Road", "Barries Road"]), 200),
        (Suburb(name: "Melton South", postcode: "3338", waterwaysCharge: true, typicalDailyLitres: 410,
                streets: ["Station Road", "Exford Road", "Brooklyn Road", "Wilson Road"]), 120),
        (Suburb(name: "Melton West", postcode: "3337", waterwaysCharge: true, typicalDailyLitres: 420,
                streets: ["Bulmans Road", "Centenary Avenue", "Westwood Drive"]), 90),
        (Suburb(name: "Kurunjang", postcode: "3337", waterwaysCharge: true, typicalDailyLitres: 415,
                streets: ["Kurunjang Drive", "Gisborne-Melton Road", "Coburns Road"]), 120),
        (Suburb(name: "Harkness", postcode: "3337", waterwaysCharge: true, typicalDailyLitres: 390, streets: ["Harkness Road", "Bridge Road"]), 80),
        (Suburb(name: "Brookfield", postcode: "3338", waterwaysCharge: true, typicalDailyLitres: 400, streets: ["Brooklyn Road", "Bridge Road"]), 60),
        (Suburb(name: "Weir Views", postcode: "3338", waterwaysCharge: true, typicalDailyLitres: 380, streets: ["Exford Road", "Greigs Road"]), 50),
        (Suburb(name: "Cobblebank", postcode: "3338", waterwaysCharge: true, typicalDailyLitres: 370, streets: ["Ferris Road", "Hollingsworth Drive"]), 50),
        (Suburb(name: "Aintree", postcode: "3336", waterwaysCharge: true, typicalDailyLitres: 370, streets: ["Aintree Drive", "Woodlea Boulevard"]), 60),
        (Suburb(name: "Fraser Rise", postcode: "3336", waterwaysCharge: true, typicalDailyLitres: 370, streets: ["Taylors Road", "Westwood Drive"]), 100),
        (Suburb(name: "Rockbank", postcode: "3335", waterwaysCharge: true, typicalDailyLitres: 380, streets: ["Leakes Road", "Paynes Road"]), 40),
        (Suburb(name: "Plumpton", postcode: "3335", waterwaysCharge: true, typicalDailyLitres: 370, streets: ["Plumpton Road", "Beattys Road"]), 50),
        (Suburb(name: "Caroline Springs", postcode: "3023", waterwaysCharge: true, typicalDailyLitres: 400,
                streets: ["Caroline Springs Boulevard", "Lake Street", "Rockbank Middle Road", "Main Street", "Windsor Boulevard"]), 240),
        (Suburb(name: "Burnside", postcode: "3023", waterwaysCharge: true, typicalDailyLitres: 390, streets: ["Burnside Road", "Westwood Drive"]), 50),
        (Suburb(name: "Burnside Heights", postcode: "3023", waterwaysCharge: true, typicalDailyLitres: 390, streets: ["Tenterfield Drive", "Westwood Drive"]), 60),
        (Suburb(name: "Hillside", postcode: "3037", waterwaysCharge: true, typicalDailyLitres: 400, streets: ["Calder Park Drive", "Melton Highway"]), 180),
        (Suburb(name: "Taylors Hill", postcode: "3037", waterwaysCharge: true, typicalDailyLitres: 410, streets: ["Gourlay Road", "Taylors Road"]), 160),
        (Suburb(name: "Toolern Vale", postcode: "3337", waterwaysCharge: true, typicalDailyLitres: 560, streets: ["Diggers Rest-Coimadai Road", "Toolern Vale Road"]), 10),
        (Suburb(name: "Bacchus Marsh", postcode: "3340", waterwaysCharge: false, typicalDailyLitres: 450,
                streets: ["Main Street", "Grant Street", "Gisborne Road", "Bennett Street", "Lerderderg Street", "Young Street"]), 90),
        (Suburb(name: "Maddingley", postcode: "3340", waterwaysCharge: false, typicalDailyLitres: 440,
                streets: ["Grant Street", "Station Street", "Albert Street", "Parwan Road"]), 60),
        (Suburb(name: "Darley", postcode: "3340", waterwaysCharge: false, typicalDailyLitres: 460,
                streets: ["Halletts Way", "Bacchus Marsh Road", "Jonathan Drive", "Lerderderg Gorge Road"]), 90),
        (Suburb(name: "Hopetoun Park", postcode: "3340", waterwaysCharge: false, typicalDailyLitres: 520, streets: ["Hopetoun Park Road"]), 8),
        (Suburb(name: "Myrniong", postcode: "3341", waterwaysCharge: false, typicalDailyLitres: 540, streets: ["Main Street", "Ballan Road"]), 8),
        (Suburb(name: "Ballan", postcode: "3342", waterwaysCharge: false, typicalDailyLitres: 470, streets: ["Inglis Street", "Fisken Street", "Cowie Street"]), 35),
        (Suburb(name: "Gisborne", postcode: "3437", waterwaysCharge: true, typicalDailyLitres: 480,
                streets: ["Aitken Street", "Robertson Street", "Hamilton Street", "Brantome Street", "Station Road"]), 100),
        (Suburb(name: "New Gisborne", postcode: "3438", waterwaysCharge: true, typicalDailyLitres: 480, streets: ["Station Road", "Barrys Road"]), 40),
        (Suburb(name: "Macedon", postcode: "3440", waterwaysCharge: true, typicalDailyLitres: 500, streets: ["Victoria Street", "Smith Street", "Black Forest Drive"]), 20),
        (Suburb(name: "Mount Macedon", postcode: "3441", waterwaysCharge: true, typicalDailyLitres: 520, streets: ["Mount Macedon Road", "Waterfalls Road"]), 10),
        (Suburb(name: "Woodend", postcode: "3442", waterwaysCharge: false, typicalDailyLitres: 490, streets: ["High Street", "Forest Street", "Anslow Street", "Urquhart Street"]), 55),
        (Suburb(name: "Romsey", postcode: "3434", waterwaysCharge: true, typicalDailyLitres: 480, streets: ["Main Street", "Barry Street", "Palmer Street"]), 55),
        (Suburb(name: "Riddells Creek", postcode: "3431", waterwaysCharge: true, typicalDailyLitres: 490, streets: ["Main Road", "Station Street", "Gap Road"]), 40),
        (Suburb(name: "Lancefield", postcode: "3435", waterwaysCharge: true, typicalDailyLitres: 500, streets: ["High Street", "Main Road", "Chauncey Street"]), 25),
        (Suburb(name: "Clarkefield", postcode: "3430", waterwaysCharge: true, typicalDailyLitres: 520, streets: ["Station Street", "Lancefield Road"]), 5),
    ])

    /// Street names found all over the area, to go with `streetTypes`.
    static let commonStreetNames = [
        "Wattle", "Acacia", "Banksia", "Grevillea", "Bottlebrush", "Kurrajong", "Ironbark", "Stringybark", "Red Gum",
        "Blackwood", "Kookaburra", "Magpie", "Lyrebird", "Wombat", "Platypus", "Federation", "Centenary", "Jubilee",
        "Heritage", "Settlers", "Pioneer", "Drovers", "Shearers", "Coach", "Reservoir", "Aqueduct", "Creek", "River",
        "Valley", "Ridge", "Hilltop", "Sunset", "Horizon", "Boundary", "Church", "Mill", "Park", "Victoria", "Albert",
        "Queen", "King", "George", "William", "Elizabeth", "Bridge", "School", "Smith", "Jones", "Macarthur", "Hume",
        "Hovell", "Burke", "Wills", "Flinders", "Bass", "Sturt", "Mitchell", "Lawson", "Paterson", "Gilmore",
    ]

    static let streetTypes = WeightedTable<String>([
        ("Street", 30), ("Road", 18), ("Avenue", 10), ("Drive", 14), ("Court", 12), ("Crescent", 8), ("Place", 6),
        ("Way", 6), ("Lane", 3), ("Parade", 2), ("Close", 4), ("Grove", 3), ("Boulevard", 2), ("Terrace", 2), ("Rise", 2),
    ])
}
