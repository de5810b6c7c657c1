import PeelKit
