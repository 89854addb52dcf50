import TaplineDomain
import TaplineUI

/// What demo mode adds to the home screen: the training scenarios and the trainer's view.
enum DemoAreas {
    static func areas(catalogue: TrainingCatalogue, call: TrainingCall, port: any TrainingPort) -> [HomeScreen.Area] {
        let titles = Dictionary(catalogue.scenarios.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let count = catalogue.scenarios.count
        return [
            HomeScreen.Area(title: "Training scenarios", summary: "take a guided call and see your score (\(count) calls)") {
                AnyScreen(TrainingScenariosScreen(catalogue: catalogue, call: call, port: port))
            },
            HomeScreen.Area(title: "Trainer view", summary: "every trainee's scores and the misses most made") {
                AnyScreen(TrainerViewScreen(port: port, titles: titles))
            },
        ]
    }
}
