/// The first screen: the console's areas.
public typealias HomeScreen = MenuScreen
