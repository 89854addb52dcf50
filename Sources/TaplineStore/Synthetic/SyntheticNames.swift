/// Names for synthetic customers: common Australian names with the diversity of Melbourne's
/// west, including names that test accent folding (Zoë, José, Nguyễn) and wide characters
/// (水野, 王). Weights are rough relative frequencies.
enum SyntheticNames {
    static let surnames = WeightedTable<String>([
        ("Smith", 120), ("Jones", 70), ("Williams", 65), ("Brown", 60), ("Wilson", 55), ("Taylor", 52), ("Nguyen", 50),
        ("Nguyễn", 25), ("Johnson", 40), ("Martin", 38), ("White", 36), ("Anderson", 35), ("Walker", 34), ("Thompson", 34),
        ("Thomas", 32), ("Ryan", 30), ("Lee", 30), ("Kelly", 29), ("King", 28), ("Harris", 28), ("Robinson", 27),
        ("Wright", 26), ("Campbell", 25), ("Mitchell", 25), ("Hughes", 24), ("O'Brien", 24), ("Murphy", 24), ("Clarke", 23),
        ("Evans", 23), ("Roberts", 22), ("Green", 22), ("Hall", 22), ("Wood", 21), ("Jackson", 21), ("Young", 21),
        ("Edwards", 20), ("Stewart", 20), ("Turner", 19), ("Baker", 19), ("Scott", 19), ("Morris", 18), ("Cooper", 18),
        ("Ward", 18), ("Wilkinson", 17), ("Bell", 17), ("McDonald", 17), ("Ross", 16), ("Graham", 16), ("Kennedy", 16),
        ("Davies", 16), ("Smithers", 6), ("Smithson", 4), ("Smits", 3), ("Patel", 22), ("Singh", 24), ("Kaur", 14),
        ("Sharma", 12), ("Kumar", 12), ("Khan", 10), ("Ahmed", 9), ("Ali", 9), ("Haddad", 5), ("Nasser", 4),
        ("Tran", 20), ("Trần", 8), ("Le", 14), ("Lê", 6), ("Pham", 12), ("Phạm", 5), ("Đặng", 4), ("Vo", 6), ("Huynh", 6),
        ("Ng", 10), ("Chen", 16), ("Wang", 15), ("Li", 14), ("Zhang", 13), ("Liu", 12), ("Wong", 12), ("Chan", 10),
        ("Kim", 8), ("Park", 6), ("Nakamura", 3), ("Tanaka", 3), ("Mizuno", 2), ("Papadopoulos", 6), ("Nikolaidis", 3),
        ("Rossi", 6), ("Russo", 5), ("Esposito", 4), ("Bianchi", 4), ("Müller", 4), ("Schmidt", 4), ("Fischer", 3),
        ("García", 5), ("Fernández", 4), ("Pérez", 4), ("González", 4), ("López", 4), ("Silva", 4), ("Santos", 4),
        ("Kowalski", 4), ("Wiśniewski", 2), ("Nowak", 3), ("Novák", 2), ("Popović", 3), ("Nikolić", 3), ("Jovanović", 3),
        ("Søndergaard", 1), ("Åkesson", 1), ("Dubois", 2), ("Lefèvre", 2), ("Morrison", 12), ("Fraser", 12),
        ("Sutherland", 8), ("Hamilton", 12), ("Bennett", 14), ("Cook", 12), ("Carter", 12), ("Collins", 13),
        ("Doyle", 9), ("Fitzgerald", 8), ("Gallagher", 7), ("McKenzie", 8), ("Nolan", 7), ("Quinn", 6), ("Reid", 10),
        ("Sullivan", 9), ("Watson", 12), ("Webb", 9), ("Yates", 4), ("Zappia", 2), ("Abdi", 3), ("Mohamed", 5),
        ("Osei", 2), ("Okafor", 2), ("Mensah", 2), ("Tesfaye", 2), ("Deng", 3), ("Garang", 2), ("Ozturk", 2), ("Öztürk", 2),
    ])

    static let givenNames = WeightedTable<String>([
        ("Oliver", 30), ("Jack", 28), ("William", 27), ("Noah", 26), ("James", 30), ("Thomas", 24), ("Lucas", 20),
        ("Henry", 18), ("Leo", 16), ("Charlie", 16), ("Liam", 18), ("Ethan", 16), ("Mason", 12), ("Samuel", 16),
        ("Daniel", 18), ("Matthew", 18), ("Michael", 22), ("David", 22), ("John", 24), ("Peter", 16), ("Robert", 16),
        ("Andrew", 16), ("Mark", 14), ("Paul", 14), ("Stephen", 12), ("Craig", 8), ("Bruce", 6), ("Graeme", 6),
        ("Charlotte", 28), ("Olivia", 28), ("Amelia", 26), ("Isla", 22), ("Mia", 22), ("Ava", 20), ("Grace", 18),
        ("Chloe", 16), ("Chloé", 4), ("Zoe", 14), ("Zoë", 8), ("Sophie", 16), ("Emily", 18), ("Ruby", 14), ("Matilda", 10),
        ("Sarah", 20), ("Jessica", 18), ("Emma", 18), ("Hannah", 14), ("Rebecca", 14), ("Michelle", 14), ("Karen", 12),
        ("Susan", 12), ("Margaret", 10), ("Helen", 12), ("Patricia", 8), ("Renée", 5), ("Noémie", 2), ("Anaïs", 2),
        ("José", 6), ("João", 3), ("Inês", 3), ("María", 4), ("Lucía", 3), ("François", 2), ("Björn", 2), ("Søren", 2),
        ("Siobhán", 3), ("Seán", 3), ("Aoife", 3), ("Niamh", 3), ("Łukasz", 2), ("Zoltán", 1), ("Ágnes", 1),
        ("Minh", 8), ("Thảo", 5), ("Thao", 5), ("Đức", 3), ("Duc", 4), ("Linh", 6), ("Huong", 4), ("Quang", 4), ("Anh", 6),
        ("Wei", 6), ("Mei", 6), ("Jun", 4), ("Xin", 4), ("Hiroshi", 2), ("Yuki", 3), ("Ji-woo", 2), ("Min-jun", 2),
        ("Priya", 6), ("Arjun", 5), ("Harpreet", 5), ("Gurpreet", 5), ("Rahul", 5), ("Aisha", 5), ("Fatima", 5),
        ("Mohammed", 8), ("Omar", 5), ("Ahmed", 4), ("Yusuf", 4), ("Leila", 3), ("Amira", 3), ("Kwame", 2), ("Ama", 2),
        ("Achol", 2), ("Nyandeng", 1), ("Giulia", 3), ("Marco", 4), ("Giorgos", 3), ("Eleni", 3), ("Dimitri", 2),
        ("Mehmet", 2), ("Ayşe", 2), ("Smita", 2), ("Jordan", 8), ("Riley", 8), ("Alex", 10), ("Sam", 8),
    ])

    /// Names usually written in CJK script without a space, family name first.
    static let writtenInCJK = ["水野健", "田中美咲", "佐藤翔", "鈴木花子", "王芳", "李娜", "陈伟", "张伟", "刘洋", "김민준", "이서연", "박지훈"]

    static let thirdPartyRelationships = ["Daughter", "Son", "Power of attorney", "Financial counsellor", "Carer", "Sister", "Brother"]
}
