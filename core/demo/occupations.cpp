#include "demo/occupations.h"

#include <array>

namespace eg::demo {

const char *occupationShareSource()
{
    return "U.S. Bureau of Labor Statistics, Current Population Survey, Table 11: Employed "
           "persons by detailed occupation, sex, race, and Hispanic or Latino ethnicity, 2023 "
           "annual averages (percent women, rounded to whole percent)";
}

namespace {

// Planted shares of women: the "Women" column (percent of total employed) of
//   U.S. Bureau of Labor Statistics, Current Population Survey, Table 11 "Employed persons by
//   detailed occupation, sex, race, and Hispanic or Latino ethnicity", annual averages 2023
//   (https://www.bls.gov/cps/aa2023/cpsaat11.htm),
// rounded to whole percent. Only the numbers are taken from the table. They were transcribed,
// not downloaded: the offline search available while writing this held only the 2004 edition
// of the table, so they could not be checked line by line here (see docs/demo-world.md).
// Changing a number changes the world, nothing else.
//
// Weights give the relative number of people per occupation, all between 0.8 and 1.4: in a
// world of 3,000 the smallest occupations expect ~65 people (40 the fewest seen in 300 seeds).
constexpr std::array<Occupation, 37> kOccupations = {{
    // key, label, table row, field, share of women, weight, degree, genres of works
    {"nurse", "Registered nurse", "Registered nurses", "health", 0.88, 1.4, true, ""},
    {"dental_hygienist", "Dental hygienist", "Dental hygienists", "health", 0.94, 0.8, true, ""},
    {"physician", "Physician", "Physicians", "health", 0.44, 1.0, true, ""},
    {"preschool_teacher", "Preschool teacher", "Preschool and kindergarten teachers", "education",
     0.97, 1.0, true, ""},
    {"school_teacher", "School teacher", "Elementary and middle school teachers", "education", 0.78,
     1.4, true, ""},
    {"professor", "Professor", "Postsecondary teachers", "education", 0.48, 1.0, true, ""},
    {"librarian", "Librarian", "Librarians and media collections specialists", "education", 0.81,
     0.8, true, ""},
    {"childcare_worker", "Childcare worker", "Childcare workers", "care", 0.94, 1.2, false, ""},
    {"hairdresser", "Hairdresser", "Hairdressers, hairstylists, and cosmetologists", "care", 0.91,
     1.0, false, ""},
    {"social_worker", "Social worker", "Social workers", "care", 0.82, 1.0, true, ""},
    {"secretary", "Secretary", "Secretaries and administrative assistants", "office", 0.93, 1.3,
     false, ""},
    {"receptionist", "Receptionist", "Receptionists and information clerks", "office", 0.88, 1.0,
     false, ""},
    {"accountant", "Accountant", "Accountants and auditors", "business", 0.57, 1.2, true, ""},
    {"financial_manager", "Financial manager", "Financial managers", "business", 0.55, 1.0, true,
     ""},
    {"chief_executive", "Chief executive", "Chief executives", "business", 0.30, 0.8, true, ""},
    {"lawyer", "Lawyer", "Lawyers", "law", 0.39, 1.0, true, ""},
    {"writer", "Writer", "Writers and authors", "arts", 0.56, 0.9, true,
     "novel,poetry,essay_collection"},
    {"photographer", "Photographer", "Photographers", "arts", 0.47, 0.8, false, "photo_series"},
    {"graphic_designer", "Graphic designer", "Graphic designers", "arts", 0.54, 0.9, true,
     "visual_identity"},
    {"musician", "Musician", "Musicians and singers", "arts", 0.31, 0.9, false, "album"},
    {"software_developer", "Software developer", "Software developers", "technology", 0.21, 1.4,
     true, "software"},
    {"architect", "Architect", "Architects, except landscape and naval", "engineering", 0.28, 0.8,
     true, "building"},
    {"civil_engineer", "Civil engineer", "Civil engineers", "engineering", 0.16, 0.9, true, ""},
    {"mechanical_engineer", "Mechanical engineer", "Mechanical engineers", "engineering", 0.10, 0.9,
     true, ""},
    {"carpenter", "Carpenter", "Carpenters", "construction", 0.03, 1.1, false, ""},
    {"electrician", "Electrician", "Electricians", "construction", 0.02, 1.0, false, ""},
    {"plumber", "Plumber", "Pipelayers, plumbers, pipefitters, and steamfitters", "construction",
     0.02, 0.9, false, ""},
    {"pilot", "Airline pilot", "Aircraft pilots and flight engineers", "transport", 0.06, 0.8, true,
     ""},
    {"truck_driver", "Truck driver", "Driver/sales workers and truck drivers", "transport", 0.08,
     1.4, false, ""},
    {"auto_mechanic", "Car mechanic", "Automotive service technicians and mechanics", "transport",
     0.02, 1.0, false, ""},
    {"police_officer", "Police officer", "Police officers", "public_safety", 0.15, 1.0, false, ""},
    {"firefighter", "Firefighter", "Firefighters", "public_safety", 0.05, 0.9, false, ""},
    {"chef", "Chef", "Chefs and head cooks", "hospitality", 0.22, 1.0, false, ""},
    {"waiter", "Waiter", "Waiters and waitresses", "hospitality", 0.69, 1.1, false, ""},
    {"cashier", "Cashier", "Cashiers", "retail", 0.71, 1.3, false, ""},
    {"retail_salesperson", "Retail salesperson", "Retail salespersons", "retail", 0.48, 1.3, false,
     ""},
    {"farmer", "Farmer", "Farmers, ranchers, and other agricultural managers", "agriculture", 0.26,
     0.9, false, ""},
}};

constexpr std::array<Field, 15> kFields = {{
    {"health", "Health care", "Hospital,Clinic,Health Centre"},
    {"education", "Education", "School,Academy,College"},
    {"care", "Personal care and social services", "Care,Family Services,Salon"},
    {"office", "Administrative services", "Office Services,Administration,Staffing"},
    {"business", "Finance and business", "Bank,Capital,Holdings"},
    {"law", "Law", "Law Partners,Legal Chambers"},
    {"arts", "Arts and media", "Press,Records,Studio"},
    {"technology", "Software and technology", "Labs,Software,Systems"},
    {"engineering", "Engineering and architecture", "Engineering,Design Group"},
    {"construction", "Construction", "Builders,Construction"},
    {"transport", "Transport", "Airways,Freight,Motors"},
    {"public_safety", "Public safety", "Police Service,Fire Service"},
    {"hospitality", "Hospitality", "Restaurant,Hotel,Bistro"},
    {"retail", "Retail", "Market,Stores,Outlet"},
    {"agriculture", "Agriculture", "Farms,Growers"},
}};

} // namespace

std::span<const Occupation> occupations()
{
    return kOccupations;
}

std::span<const Field> fields()
{
    return kFields;
}

} // namespace eg::demo
